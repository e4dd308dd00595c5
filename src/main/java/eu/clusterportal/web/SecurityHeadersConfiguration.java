package eu.clusterportal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers that limit what a browser lets the portal's pages do, added by Spring Security,
 * which applies this customizer to its filter chain besides Spring Security's own
 * (nosniff, no framing, no caching). The pages have no inline scripts, styles or style
 * attributes, and load nothing from elsewhere; a response that sets its own policy keeps
 * it (a document's PDF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Features the portal never uses, refused to it and to anything it might embed. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), "
			+ "display-capture=(), browsing-topics=()";

	@Bean
	Customizer<HeadersConfigurer<HttpSecurity>> securityHeaders() {
		return (headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}
