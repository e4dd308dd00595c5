package eu.clusterportal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The headers that limit what a browser lets the portal's pages do: Spring Security's
 * defaults (nosniff, no framing, no caching, HSTS over HTTPS) and the portal's policies.
 * The pages have no inline scripts, styles or style attributes, and load nothing from
 * elsewhere. Each header is written only when the answer has not set its own (a
 * document's PDF keeps its policy, a kept page its caching). Spring Security writes them
 * ({@link SecurityHeadersConfiguration}), and so does an answer made before its filters
 * run, such as the outage page.
 */
public final class SecurityHeaders implements HeaderWriter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Features the portal never uses, refused to it and to anything it might embed. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), "
			+ "display-capture=(), browsing-topics=()";

	private final List<HeaderWriter> writers = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
			new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
			new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		for (HeaderWriter writer : this.writers) {
			writer.writeHeaders(request, response);
		}
	}

}
