package eu.clusterportal.alerts;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * The key of unsubscribe links: the configured one, or else one the first instance makes
 * and keeps in the database, so that links keep working across restarts and instances
 * without any setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
@EnableScheduling
class AlertsConfiguration {

	static final int SHORTEST_KEY = 32;

	@Bean
	UnsubscribeTokens unsubscribeTokens(AlertsProperties properties, JdbcClient jdbc) {
		String key = properties.unsubscribeKey();
		if (StringUtils.hasText(key)) {
			if (key.length() < SHORTEST_KEY) {
				throw new IllegalStateException(
						"portal.alerts.unsubscribe-key must have at least " + SHORTEST_KEY + " characters");
			}
			return new UnsubscribeTokens(key);
		}
		return new UnsubscribeTokens(() -> storedKey(jdbc));
	}

	/** The key kept in the database, made by whichever instance asks first. */
	private static String storedKey(JdbcClient jdbc) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		jdbc.sql("insert into portal_secret (name, value) values ('unsubscribe-key', ?) on conflict (name) do nothing")
			.param(HexFormat.of().formatHex(random))
			.update();
		return jdbc.sql("select value from portal_secret where name = 'unsubscribe-key'").query(String.class).single();
	}

}
