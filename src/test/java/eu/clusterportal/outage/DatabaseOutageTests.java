package eu.clusterportal.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;

import eu.clusterportal.PortalServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * While the database is gone, the portal says at once that it is temporarily unavailable,
 * and it is back by itself when the database is. Only pages that need no database are
 * timed (against the two seconds a connection may take); otherwise each request has a
 * time limit only so that a hanging portal fails the test instead of stopping the build,
 * and after the database is back, pages are asked for again until the portal has
 * reconnected.
 */
@PortalServerTest
@Import(RelayedDatabaseConfiguration.class)
class DatabaseOutageTests {

	/** Far longer than the portal may take, far shorter than the waits it had. */
	static final Duration HANG_GUARD = Duration.ofSeconds(20);

	/** Far longer than the portal takes to reconnect. */
	static final Duration RECOVERY = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	RelayedDatabase database;

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@AfterEach
	void startTheDatabaseAgain() {
		database.start();
	}

	@Test
	void aPageSaysThePortalIsTemporarilyUnavailableAndComesBackWithTheDatabase() throws Exception {
		database.stop();
		HttpResponse<String> response = get("/countries/china");
		assertUnavailablePage(response);

		database.start();
		HttpResponse<String> again = recovered(() -> get("/countries/china"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("main h1").text()).isEqualTo("China");
	}

	@Test
	void healthAndReadinessAreDownWhileTheDatabaseIsGone() throws Exception {
		// an earlier test's outage may still be remembered for a few seconds
		assertThat(recovered(() -> health("/actuator/health/readiness")).statusCode()).isEqualTo(200);

		database.stop();
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness" }) {
			HttpResponse<String> health = health(path);
			assertThat(health.statusCode()).as(path).isEqualTo(503);
			assertThat(health.body()).as(path).contains("\"status\":\"DOWN\"");
		}
		assertThat(health("/actuator/health/liveness").statusCode()).isEqualTo(200);

		database.start();
		assertThat(recovered(() -> health("/actuator/health")).statusCode()).isEqualTo(200);
		assertThat(health("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void visitorsWithASessionAndSigningInGetTheSamePageWithItsSecurityHeaders() throws Exception {
		HttpResponse<String> signInPage = get("/login");
		String csrf = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").val();
		String session = "SESSION="
				+ Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));

		database.stop();
		assertUnavailablePage(get("/countries/china"));
		assertUnavailablePage(post("/login",
				"email=admin%40localhost&password=whatever&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)));
		assertChineseUnavailablePage(HttpClient.newHttpClient()
			.send(request("/zh/countries/china").header("Cookie", session).build(),
					HttpResponse.BodyHandlers.ofString()));

		database.start();
		assertThat(recovered(() -> get("/login")).statusCode()).isEqualTo(200);
	}

	@Test
	void theSignInPageAndReadinessAnswerAtOnce() throws Exception {
		database.stop();
		assertThat(health("/actuator/health/readiness").statusCode()).isEqualTo(503);

		Instant start = Instant.now();
		HttpResponse<String> signInPage = HttpClient.newHttpClient()
			.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		for (int probe = 0; probe < 5; probe++) {
			assertThat(health("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}
		assertThat(Duration.between(start, Instant.now())).isLessThan(DatabaseOutage.CHECK_TIMEOUT);
		assertThat(signInPage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(signInPage.body()).select("input[name=_csrf]").val()).isNotEmpty();
	}

	/**
	 * The first answer other than 503 within {@link #RECOVERY}, or the last 503: the pool
	 * tries to reconnect with a back-off of up to five seconds.
	 */
	private static HttpResponse<String> recovered(Callable<HttpResponse<String>> request) throws Exception {
		Instant deadline = Instant.now().plus(RECOVERY);
		HttpResponse<String> response = request.call();
		while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			response = request.call();
		}
		return response;
	}

	private static void assertUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Temporarily unavailable · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("Temporarily unavailable");
		assertThat(page.select("main .lead").text()).startsWith("The portal cannot reach its data at the moment");
		assertThat(page.select("header nav a").eachText()).contains("Countries");
	}

	private static void assertChineseUnavailablePage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.title()).isEqualTo("暂时无法访问 · 欧盟—中国产业集群门户");
		assertThat(page.select("main h1").text()).isEqualTo("暂时无法访问");
		assertThat(page.select("main .lead").text()).startsWith("门户目前无法读取数据");
		assertThat(page.select("header nav a").eachText()).contains("国家和地区");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> health(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(HANG_GUARD)
			.build();
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.timeout(HANG_GUARD);
	}

}
