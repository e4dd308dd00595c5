package eu.clusterportal.web;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.clusterportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page tells the browser to run only the portal's own files, to be framed by no
 * one, to send other sites no more than the portal's origin, and to refuse camera,
 * microphone and location.
 */
@PortalIntegrationTest
class SecurityHeadersTests {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesAdminFormsAndErrorPagesCarryTheHeaders() throws Exception {
		assertHeaders(mvc.perform(get("/countries/china")).andReturn().getResponse());
		assertHeaders(mvc.perform(get("/admin/clusters/new").with(editor("eda@example.eu"))).andReturn().getResponse());
		assertHeaders(mvc.perform(get("/countries/narnia")).andReturn().getResponse());
	}

	private static void assertHeaders(MockHttpServletResponse response) {
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(CONTENT_SECURITY_POLICY);
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

}
