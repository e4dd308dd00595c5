package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Behind a TLS proxy on the same machine or network, which says so with
 * {@code X-Forwarded-Proto}, the portal's cookies are only sent over HTTPS and redirects
 * stay on HTTPS; whatever {@code Host} a request names never ends up in a redirect, also
 * not in the one back to the page asked for before signing in.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class BehindProxyTests {

	static final String EMAIL = "pia@example.eu";

	static final String PASSWORD = "correct horse battery staple";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	/**
	 * Keeps no cookies: a Secure one would not be sent back over the plain HTTP between
	 * proxy and portal.
	 */
	final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void addEditor() {
		accounts.save(new Account(EMAIL, "Pia Proxy", passwordEncoder.encode(PASSWORD), Role.EDITOR));
	}

	@Test
	void overHttpsTheCookiesAreSecureAndTheRememberedPageStaysOnHttps() throws Exception {
		HttpResponse<String> toLogin = send(viaTlsProxy("/admin/documents").build());
		assertThat(toLogin.statusCode()).isEqualTo(302);
		assertThat(toLogin.headers().firstValue("Location")).hasValue("/login");
		String remembered = cookie(toLogin, "REDIRECT_URI");
		assertThat(remembered).contains("; Secure");

		HttpResponse<String> signInPage = send(
				viaTlsProxy("/login").header("Cookie", nameAndValue(remembered)).build());
		String csrfCookie = cookie(signInPage, "XSRF-TOKEN");
		assertThat(csrfCookie).contains("; Secure");
		String csrf = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").val();
		HttpResponse<String> signedIn = send(viaTlsProxy("/login")
			.header("Cookie", nameAndValue(remembered) + "; " + nameAndValue(csrfCookie))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(cookie(signedIn, "SESSION")).contains("; Secure");
		// A path alone: the browser stays on https, and no Host header can send it
		// elsewhere.
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/admin/documents"));
	}

	@Test
	void overPlainHttpTheCookiesAreNotMarkedSecure() throws Exception {
		HttpResponse<String> signInPage = send(HttpRequest.newBuilder(uri("/login")).build());
		assertThat(cookie(signInPage, "XSRF-TOKEN")).doesNotContain("Secure");
		HttpResponse<String> toLogin = send(HttpRequest.newBuilder(uri("/admin")).build());
		assertThat(cookie(toLogin, "REDIRECT_URI")).doesNotContain("Secure");
	}

	@Test
	void theHostARequestNamesNeverEndsUpInARedirect() throws Exception {
		List<String> response = rawGet("/admin", "evil.example");
		assertThat(response.get(0)).contains(" 302");
		assertThat(response).filteredOn((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
			.singleElement()
			.satisfies((location) -> assertThat(location).doesNotContain("evil.example"));
	}

	private HttpRequest.Builder viaTlsProxy(String path) {
		return HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https");
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers()));
	}

	private static String nameAndValue(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	/**
	 * The status line and headers of a GET with the given Host header, which HttpClient
	 * does not let one set.
	 */
	private List<String> rawGet(String path, String host) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			return in.lines().takeWhile((line) -> !line.isEmpty()).toList();
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
