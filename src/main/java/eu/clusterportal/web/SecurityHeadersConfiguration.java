package eu.clusterportal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * Spring Security, which applies this customizer to its filter chain, writes exactly the
 * {@link SecurityHeaders}, which also answers made before its filters use.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

	@Bean
	SecurityHeaders securityHeaders() {
		return new SecurityHeaders();
	}

	@Bean
	Customizer<HeadersConfigurer<HttpSecurity>> securityHeadersOnly(SecurityHeaders securityHeaders) {
		return (headers) -> headers.defaultsDisabled().addHeaderWriter(securityHeaders);
	}

}
