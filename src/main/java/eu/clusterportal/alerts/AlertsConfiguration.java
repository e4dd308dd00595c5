package eu.clusterportal.alerts;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * The key of unsubscribe links: required in production
 * ({@code portal.demo-content=false}), where links must keep working across restarts and
 * instances; a development portal without one makes a random key at start, so its older
 * links stop working.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
@EnableScheduling
class AlertsConfiguration {

	static final int SHORTEST_KEY = 32;

	private static final Log logger = LogFactory.getLog(AlertsConfiguration.class);

	@Bean
	UnsubscribeTokens unsubscribeTokens(AlertsProperties properties,
			@Value("${portal.demo-content:true}") boolean demoContent) {
		String key = properties.unsubscribeKey();
		if (StringUtils.hasText(key)) {
			if (key.length() < SHORTEST_KEY) {
				throw new IllegalStateException(
						"portal.alerts.unsubscribe-key must have at least " + SHORTEST_KEY + " characters");
			}
			return new UnsubscribeTokens(key);
		}
		if (!demoContent) {
			throw new IllegalStateException("Set portal.alerts.unsubscribe-key (PORTAL_ALERTS_UNSUBSCRIBE_KEY), "
					+ "a secret of at least " + SHORTEST_KEY + " characters, in production");
		}
		logger.warn("portal.alerts.unsubscribe-key is not set: unsubscribe links work until this instance stops");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return new UnsubscribeTokens(HexFormat.of().formatHex(random));
	}

}
