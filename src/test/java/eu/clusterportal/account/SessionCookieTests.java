package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import eu.clusterportal.Browser;
import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A session cookie whose value cannot name a session (garbage, or Base64 of NUL bytes) is
 * no session cookie: every route answers as it does to a visitor without one.
 */
@PortalServerTest
class SessionCookieTests {

	static final List<String> ROUTES = List.of("/", "/countries/china", "/news.atom", "/login", "/no-such-page",
			"/error", "/admin", "/admin/accounts", "/account/password", "/actuator/health");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "AAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "%00", "not base64!" })
	void aSessionCookieThatNamesNoSessionIsNoSession(String value) throws Exception {
		for (String route : ROUTES) {
			HttpResponse<String> withCookie = new Browser(port).get(route, "Cookie", "SESSION=" + value);
			HttpResponse<String> without = new Browser(port).get(route);
			assertThat(withCookie.statusCode()).as(route).isEqualTo(without.statusCode());
			assertThat(Browser.location(withCookie)).as(route).isEqualTo(Browser.location(without));
			assertThat(withCookie.body()).as(route).doesNotContain("Exception", "at org.");
		}
	}

}
