package eu.clusterportal;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New passwords are hashed with BCrypt's lowest cost in the tests: at the portal's cost a
 * hash takes about 80 ms, and the tests make hundreds. They are still BCrypt hashes
 * ({@code {bcrypt}...}), and every hash the portal's own encoder makes still matches.
 */
@TestConfiguration(proxyBeanMethods = false)
class FastPasswordHashing {

	private static final int LOWEST_COST = 4;

	@Bean
	static BeanPostProcessor fastPasswordHashes() {
		return new BeanPostProcessor() {

			// Before initialisation, so that the spy of PortalIntegrationTest watches
			// this one.
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (!(bean instanceof PasswordEncoder portals) || !beanName.equals("passwordEncoder")) {
					return bean;
				}
				DelegatingPasswordEncoder fast = new DelegatingPasswordEncoder("bcrypt",
						Map.of("bcrypt", new BCryptPasswordEncoder(LOWEST_COST)));
				fast.setDefaultPasswordEncoderForMatches(portals);
				return fast;
			}

		};
	}

}
