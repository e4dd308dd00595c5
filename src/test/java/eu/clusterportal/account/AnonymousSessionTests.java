package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.requests.PartnerRequestRows;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Only signing in makes a session: anonymous visitors of the sign-in and admin pages cost
 * no write to the session store, and still come back to the page they asked for once
 * signed in, on this site only. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class AnonymousSessionTests {

	static final String PASSWORD = "velvet harbour quietly grows";

	static final List<String> PAGES = List.of("/login", "/login?error", "/admin", "/admin/news/new", "/admin/accounts",
			"/account/password");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void anonymousRequestsForTheSignInAndAdminPagesWriteNoSession() throws Exception {
		long before = sessions();
		for (int round = 0; round < 10; round++) {
			for (String page : PAGES) {
				HttpResponse<String> response = new Browser(port).get(page);
				assertThat(response.statusCode()).as(page).isIn(200, 302);
				assertThat(response.headers().allValues("Set-Cookie")).as(page)
					.noneMatch((cookie) -> cookie.startsWith("SESSION="));
			}
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void signingInLeadsBackToThePageAskedForWithoutASessionBefore() throws Exception {
		accounts.save(new Account("eda@example.eu", "Eda", passwordEncoder.encode(PASSWORD), Role.EDITOR));
		Browser browser = new Browser(port);
		// other tests of the shared context may have left sessions of their own
		long before = sessions();
		assertThat(Browser.location(browser.get("/admin/news/new?country=china"))).isEqualTo("/login");
		assertThat(sessions()).isEqualTo(before);

		assertThat(browser.signIn("eda@example.eu", PASSWORD)).startsWith("/admin/news/new?country=china");
		assertThat(sessions()).isEqualTo(before + 1);
	}

	@Test
	void aVisitorAnsweringAPartnerRequestComesBackToTheAnswerAfterSigningIn() throws Exception {
		Account member = new Account("mia@example.eu", "Mia", passwordEncoder.encode(PASSWORD), Role.MEMBER);
		member.confirmEmail(Instant.now());
		accounts.save(member);
		Account poster = new Account("poster@example.eu", "Pia", "{noop}unused", Role.MEMBER);
		poster.confirmEmail(Instant.now());
		long request = PartnerRequestRows.insert(jdbc, "Battery partner", "电池合作伙伴", LocalDate.now().plusDays(5));
		jdbc.sql("update partner_request set poster_id = ? where id = ?")
			.params(accounts.save(poster).getId(), request)
			.update();
		for (String language : List.of("", "/zh")) {
			Browser browser = new Browser(port);
			String answer = language + "/cooperation/" + request + "/interest";
			assertThat(Browser.location(browser.get(answer))).as(answer).isEqualTo(language + "/login");

			HttpResponse<String> signedIn = browser.post(language + "/login", language + "/login",
					Map.of("email", "mia@example.eu", "password", PASSWORD));
			assertThat(Browser.location(signedIn)).as(answer).isEqualTo(answer);
			HttpResponse<String> form = browser.get(answer);
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(form.body()).select("main").text())
				.contains(language.isEmpty() ? "Battery partner" : "电池合作伙伴");
		}
	}

	@Test
	void aRememberedPageOnAnotherSiteIsNotFollowed() throws Exception {
		accounts.save(new Account("eda@example.eu", "Eda", passwordEncoder.encode(PASSWORD), Role.EDITOR));
		HttpClient client = HttpClient.newHttpClient();
		for (String elsewhere : List.of("//evil.example/admin", "https://evil.example/admin", "/\\evil.example")) {
			HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String csrfCookie = signInPage.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
				.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
				.findFirst()
				.orElseThrow();
			String csrf = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").val();
			String remembered = Base64.getEncoder().encodeToString(elsewhere.getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Cookie", csrfCookie + "; REDIRECT_URI=" + remembered)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("email=eda%40example.eu&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
							+ "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(Browser.location(signedIn)).as(elsewhere).isEqualTo("/admin");
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
