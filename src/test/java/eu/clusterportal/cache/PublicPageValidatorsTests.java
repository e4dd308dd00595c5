package eu.clusterportal.cache;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;

import eu.clusterportal.Browser;
import eu.clusterportal.PortalServerTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the page cache off, as in the tests' shared context: public pages still tell
 * browsers and shared caches that they may keep them and ask again (ETag, 304), while
 * sign-in, admin and signed-in people's pages are never stored.
 */
@PortalServerTest
class PublicPageValidatorsTests {

	static final String REVALIDATE = "max-age=0, must-revalidate, public, s-maxage=10";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void publicPagesMayBeKeptAndAreConfirmedWithoutBeingSentAgain() throws Exception {
		Browser anonymous = new Browser(port);
		for (String path : new String[] { "/countries/china", "/accessibility", "/events.ics", "/news.atom" }) {
			HttpResponse<String> page = anonymous.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly(REVALIDATE);
			assertThat(page.headers().firstValue("Pragma")).as(path).isEmpty();
			assertThat(page.headers().firstValue("Vary")).as(path)
				.hasValueSatisfying((vary) -> assertThat(vary).contains("Cookie"));
			String etag = page.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = anonymous.get(path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
	}

	@Test
	void signInAdminAndSignedInPagesAreNeverStored() throws Exception {
		HttpResponse<String> signIn = new Browser(port).get("/login");
		assertThat(signIn.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(signIn.headers().firstValue("ETag")).isEmpty();

		MockHttpServletResponse admin = mvc.perform(get("/admin/clusters").with(editor("eda@example.eu")))
			.andReturn()
			.getResponse();
		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getHeader("Cache-Control")).contains("no-store");

		// a signed-in person's browser sends the session cookie
		MockHttpServletResponse signedIn = mvc
			.perform(get("/countries/china").cookie(new Cookie("SESSION", "a-session")).with(editor("eda@example.eu")))
			.andReturn()
			.getResponse();
		assertThat(signedIn.getStatus()).isEqualTo(200);
		assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
		assertThat(signedIn.getHeader("ETag")).isNull();
	}

}
