package eu.clusterportal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every page in Chinese under {@code /zh}, on the real server (error pages are its error
 * dispatches): the same page in its own language, links and redirects staying in it,
 * static files at one address, one sign-in for both languages. Commits an account, so it
 * cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class LanguageRoutingTests {

	static final String PASSWORD = "velvet harbour quietly grows";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theChinaPageInChineseIsInChineseAndLinksStayInChinese() throws Exception {
		Document page = page("/zh/countries/china", 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/zh/countries/china");
		assertThat(page.select("a.site-name").attr("href")).isEqualTo("/zh/");
		assertThat(page.select("main a[href^=/clusters]")).as("links into the directory in English").isEmpty();
		assertThat(page.select("main a[href^=/zh/clusters]")).isNotEmpty();
	}

	@Test
	void theEnglishPageStaysAsItWas() throws Exception {
		Document page = page("/countries/china", 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/countries/china").doesNotContain("/zh/");
		assertThat(page.select("a.site-name").attr("href")).isEqualTo("/");
	}

	@Test
	void staticFilesHaveOneAddressForBothLanguages() throws Exception {
		String english = page("/countries/china", 200).select("link[rel=stylesheet]").attr("href");
		String chinese = page("/zh/countries/china", 200).select("link[rel=stylesheet]").attr("href");
		assertThat(chinese).isEqualTo(english).matches("/css/portal-[0-9a-f]+\\.css");
		assertThat(new Browser(port).get(chinese).statusCode()).isEqualTo(200);
		assertThat(new Browser(port).get("/zh" + chinese).statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/countries/china", "/en/countries/china", "/zh-TW/countries/china",
			"/zh-Hans/countries/china", "/zhx/countries/china", "/zh/zh/countries/china", "/fr/", "/en" })
	void otherPrefixesAreNotPages(String path) throws Exception {
		assertThat(new Browser(port).get(path).statusCode()).isEqualTo(404);
	}

	@Test
	void theChineseFrontPageIsAtZhWithItsSlash() throws Exception {
		HttpResponse<String> bare = new Browser(port).get("/zh?x=1");
		assertThat(bare.statusCode()).isEqualTo(301);
		assertThat(Browser.location(bare)).isEqualTo("/zh/?x=1");
		assertThat(page("/zh/", 200).select("html").attr("lang")).isEqualTo("zh-Hans");
	}

	@Test
	void aPageMissingInChineseGetsTheErrorPageInChinese() throws Exception {
		Document missing = page("/zh/no-such-page", 404);
		assertThat(missing.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(missing.select("a.site-name").attr("href")).isEqualTo("/zh/");
		assertThat(missing.select("link[rel=stylesheet]").attr("href"))
			.isEqualTo(page("/no-such-page", 404).select("link[rel=stylesheet]").attr("href"))
			.startsWith("/css/portal-");
		Document unknownCountry = page("/zh/countries/atlantis", 404);
		assertThat(unknownCountry.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page("/no-such-page", 404).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void signingInInChineseLeadsBackInChineseAndHoldsForBothLanguages() throws Exception {
		this.accounts.save(new Account("eda@example.eu", "Eda", this.passwordEncoder.encode(PASSWORD), Role.EDITOR));
		Browser browser = new Browser(port);
		HttpResponse<String> wanted = browser.get("/zh/admin/news/new?country=china");
		assertThat(Browser.location(wanted)).isEqualTo("/zh/login");
		assertThat(cookiePaths(wanted)).containsEntry("REDIRECT_URI", "/");

		HttpResponse<String> signInPage = browser.get("/zh/login");
		assertThat(page(signInPage).select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page(signInPage).select("form[method=post]").attr("action")).isEqualTo("/zh/login");
		assertThat(cookiePaths(signInPage)).containsEntry("XSRF-TOKEN", "/");

		HttpResponse<String> signedIn = browser.post("/zh/login", "/zh/login",
				Map.of("email", "eda@example.eu", "password", PASSWORD));
		assertThat(Browser.location(signedIn)).isEqualTo("/zh/admin/news/new?country=china");
		assertThat(cookiePaths(signedIn)).containsEntry("SESSION", "/").containsEntry("REDIRECT_URI", "/");

		assertThat(browser.get("/admin").statusCode()).as("signed in on English pages").isEqualTo(200);
		assertThat(browser.get("/zh/admin").statusCode()).isEqualTo(200);
		HttpResponse<String> signedOut = browser.post("/zh/admin", "/zh/logout", Map.of());
		assertThat(Browser.location(signedOut)).isEqualTo("/zh/login?signed-out");
		assertThat(Browser.location(browser.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void aPageRememberedInEnglishOpensInTheLanguageSignedInWith() throws Exception {
		this.accounts.save(new Account("eda@example.eu", "Eda", this.passwordEncoder.encode(PASSWORD), Role.EDITOR));
		Browser browser = new Browser(port);
		assertThat(Browser.location(browser.get("/admin/news/new"))).isEqualTo("/login");
		HttpResponse<String> signedIn = browser.post("/zh/login", "/zh/login",
				Map.of("email", "eda@example.eu", "password", PASSWORD));
		assertThat(Browser.location(signedIn)).isEqualTo("/zh/admin/news/new");
		assertThat(cookiePaths(signedIn)).containsEntry("REDIRECT_URI", "/");
	}

	private Document page(String path, int status) throws Exception {
		HttpResponse<String> response = new Browser(port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return page(response);
	}

	private static Document page(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	/** The path of each cookie the answer sets, by name. */
	private static Map<String, String> cookiePaths(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		Map<String, String> paths = new HashMap<>();
		for (String cookie : cookies) {
			String name = cookie.substring(0, cookie.indexOf('='));
			String path = Arrays.stream(cookie.split(";"))
				.map(String::trim)
				.filter((attribute) -> attribute.regionMatches(true, 0, "Path=", 0, 5))
				.map((attribute) -> attribute.substring(5))
				.findFirst()
				.orElse("(none)");
			paths.put(name, path);
		}
		return paths;
	}

}
