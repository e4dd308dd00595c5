package eu.clusterportal.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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

	@Autowired
	WebPages pages;

	@Test
	void theChinaPageInChineseIsInChineseAndLinksStayInChinese() throws Exception {
		Document page = page("/zh/countries/china", 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/zh/countries/china");
		assertThat(page.select("a.site-name").attr("href")).isEqualTo("/zh/");
		assertThat(page.select("main a[href^=/clusters]")).as("links into the directory in English").isEmpty();
		assertThat(page.select("main a[href^=/zh/clusters]")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/zh/partnerships?country=china", "/zh/sectors/C", "/zh/technology-fields/Y",
			"/zh/events?when=past" })
	void sortFeedAndTermLinksStayInChinese(String path) throws Exception {
		assertThat(page(path, 200).select("main a[href^=/]").eachAttr("href")).as(path)
			.isNotEmpty()
			.allSatisfy((href) -> assertThat(href).startsWith("/zh/"));
	}

	@Test
	void theChinesePageCostsTheSameStatementsAsTheEnglishOne() throws Exception {
		assertThat(this.pages.statementsFor(get("/zh/countries/china")))
			.isEqualTo(this.pages.statementsFor(get("/countries/china")));
	}

	@Test
	void theNavigationMarksTheSectionOfAChinesePage() throws Exception {
		Document page = page("/zh/clusters?sector=C", 200);
		assertThat(page.select("header nav a[aria-current]").eachAttr("href")).containsExactly("/zh/clusters");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/zh/clusters");
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

		HttpResponse<String> refused = browser.post("/zh/login", "/zh/login",
				Map.of("email", "eda@example.eu", "password", "not the password"));
		assertThat(Browser.location(refused)).isEqualTo("/zh/login?error");
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

	@Test
	void everyPageNamesItsVersionsAndSwitchesToTheOtherLanguageKeepingItsQuery() throws Exception {
		HttpResponse<String> english = new Browser(port).get("/countries/china?sort=smes,desc");
		assertThat(english.headers().firstValue("Content-Language"))
			.hasValueSatisfying((language) -> assertThat(language).startsWith("en"));
		Document page = page(english);
		assertThat(alternates(page)).containsExactly("en http://localhost:8080/countries/china?sort=smes,desc",
				"zh-Hans http://localhost:8080/zh/countries/china?sort=smes,desc",
				"x-default http://localhost:8080/countries/china?sort=smes,desc");
		Element toChinese = page.selectFirst(".language-switch a");
		assertThat(toChinese.attr("href")).isEqualTo("/zh/countries/china?sort=smes,desc");
		assertThat(toChinese.attr("lang")).isEqualTo("zh-Hans");
		assertThat(toChinese.attr("hreflang")).isEqualTo("zh-Hans");
		assertThat(toChinese.text()).isEqualTo("中文");

		HttpResponse<String> chinese = new Browser(port).get(toChinese.attr("href"));
		assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh-Hans");
		Element toEnglish = page(chinese).selectFirst(".language-switch a");
		assertThat(toEnglish.attr("href")).isEqualTo("/countries/china?sort=smes,desc");
		assertThat(toEnglish.attr("lang")).isEqualTo("en");
		assertThat(toEnglish.text()).isEqualTo("English");
		assertThat(alternates(page(chinese))).isEqualTo(alternates(page));
	}

	@Test
	void theSwitchOfAnErrorPageLeadsToTheSamePageInTheOtherLanguage() throws Exception {
		Document missing = page("/zh/clusters/no-such-cluster?x=1", 404);
		assertThat(missing.select(".language-switch a").attr("href")).isEqualTo("/clusters/no-such-cluster?x=1");
		assertThat(alternates(missing)).as("no canonical, no alternates").isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "/clusters?sector=C&lang=zh-CN&page=2, /zh/clusters?sector=C&page=2",
			"/countries/china?lang=zh-Hans, /zh/countries/china", "/?lang=zh, /zh/",
			"/zh/countries/china?sort=smes&lang=en, /countries/china?sort=smes",
			"/zh/countries/china?lang=en-GB, /countries/china", "/zh/countries/china?lang=zh-CN, /zh/countries/china" })
	void aLangParameterLeadsToThePageInThatLanguage(String asked, String location) throws Exception {
		HttpResponse<String> response = new Browser(port).get(asked);
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(Browser.location(response)).isEqualTo(location);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/countries/china?lang=fr", "/countries/china?lang=zh-TW", "/countries/china?lang=" })
	void aLangParameterNamingNoLanguageOfThePortalChangesNothing(String asked) throws Exception {
		assertThat(page(asked, 200).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void aBrowserPreferringChineseIsOfferedTheChinesePageUntilItChooses() throws Exception {
		String chineseFirst = "zh-CN,zh;q=0.9,en;q=0.8";
		Browser browser = new Browser(port);
		Document page = page(browser.get("/countries/china?sort=smes", "Accept-Language", chineseFirst));
		Element offer = page.selectFirst(".language-offer");
		assertThat(offer).isNotNull();
		assertThat(offer.attr("lang")).isEqualTo("zh-Hans");
		assertThat(offer.select("a").eachAttr("href")).containsExactly(
				"/language?to=zh-Hans&page=%2Fcountries%2Fchina%3Fsort%3Dsmes",
				"/language?to=en&page=%2Fcountries%2Fchina%3Fsort%3Dsmes");
		assertThat(offer.select("a").get(1).attr("lang")).isEqualTo("en");

		HttpResponse<String> chosen = browser.get(offer.select("a").get(0).attr("href"));
		assertThat(chosen.statusCode()).isEqualTo(303);
		assertThat(Browser.location(chosen)).isEqualTo("/zh/countries/china?sort=smes");
		assertThat(cookiePaths(chosen)).containsEntry("language", "/");
		assertThat(chosen.headers().firstValue("Set-Cookie").orElseThrow()).contains("language=zh-Hans", "Max-Age=",
				"HttpOnly", "SameSite=Lax");
		assertThat(page(browser.get("/countries/china", "Accept-Language", chineseFirst)).select(".language-offer"))
			.as("offered no more")
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "en-GB,en;q=0.9,zh;q=0.5", "fr-FR,zh;q=0.1,en;q=0.2", "de", "*", "zh-TW,en;q=0.5", "zh;q=0" })
	void aBrowserNotPreferringChineseIsOfferedNothing(String languages) throws Exception {
		assertThat(
				page(new Browser(port).get("/countries/china", "Accept-Language", languages)).select(".language-offer"))
			.isEmpty();
	}

	@Test
	void aChinesePageOffersNothing() throws Exception {
		assertThat(page(new Browser(port).get("/zh/countries/china", "Accept-Language", "zh-CN"))
			.select(".language-offer")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "/language?to=en&page=/countries/china?sort=smes, /countries/china?sort=smes",
			"/language?to=zh-Hans&page=/zh/clusters, /zh/clusters", "/language?to=en&page=/zh/clusters, /clusters",
			"/language?to=zh-Hans&page=/, /zh/", "/language?to=zh-Hans&page=/zh, /zh/",
			"/language?to=zh-Hans&page=//evil.example/x, /zh/", "/language?to=en&page=https://evil.example, /",
			"/language?to=en&page=/%5Cevil.example, /", "/language?to=zh-Hans, /zh/" })
	void aChoiceLeadsOnlyToAPageOfThisSite(String choice, String location) throws Exception {
		HttpResponse<String> chosen = new Browser(port).get(choice);
		assertThat(chosen.statusCode()).isEqualTo(303);
		assertThat(Browser.location(chosen)).isEqualTo(location);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/language?to=fr&page=/", "/language?page=/", "/language?to=zh-CN&page=/" })
	void aChoiceOfNoLanguageOfThePortalIsNotFound(String choice) throws Exception {
		HttpResponse<String> chosen = new Browser(port).get(choice);
		assertThat(chosen.statusCode()).isEqualTo(404);
		assertThat(chosen.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("language="));
	}

	@Test
	void theSitemapListsEveryPageInBothLanguagesWithItsAlternates() throws Exception {
		String sitemap = new Browser(port).get("/sitemap.xml").body();
		org.w3c.dom.Document xml = parseXml(sitemap);
		NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		Map<String, List<String>> alternates = new HashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			String location = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
				.item(0)
				.getTextContent();
			NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
			List<String> named = new ArrayList<>();
			for (int j = 0; j < links.getLength(); j++) {
				org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(j);
				named.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
			}
			alternates.put(location, named);
		}
		List<String> china = List.of("en http://localhost:8080/countries/china",
				"zh-Hans http://localhost:8080/zh/countries/china", "x-default http://localhost:8080/countries/china");
		assertThat(alternates).containsEntry("http://localhost:8080/countries/china", china)
			.containsEntry("http://localhost:8080/zh/countries/china", china)
			.containsKeys("http://localhost:8080/zh/", "http://localhost:8080/zh/clusters/zhongguancun-science-park");
	}

	@Test
	void feedsAndCalendarsInChineseLinkToChinesePages() throws Exception {
		String news = new Browser(port).get("/zh/news.atom").body();
		Document feed = Jsoup.parse(news, "", Parser.xmlParser());
		assertThat(feed.select("feed > link[rel=self]").attr("href")).isEqualTo("http://localhost:8080/zh/news.atom");
		assertThat(feed.select("feed > link[rel=alternate]").attr("href")).isEqualTo("http://localhost:8080/zh/news");
		Document events = Jsoup.parse(new Browser(port).get("/zh/events.atom").body(), "", Parser.xmlParser());
		assertThat(events.select("feed > link[rel=self]").attr("href"))
			.startsWith("http://localhost:8080/zh/events.atom");
		HttpResponse<String> calendar = new Browser(port).get("/zh/events.ics");
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/calendar"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/clusters.csv", "/zh/clusters.csv", "/partnerships.csv", "/zh/partnerships.csv" })
	void csvExportsStartWithAByteOrderMarkForSpreadsheets(String path) throws Exception {
		HttpResponse<byte[]> csv = new Browser(port).getBytes(path);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
	}

	@Test
	void editingInChineseStaysInChineseAfterASave() throws Exception {
		this.accounts.save(new Account("eda@example.eu", "Eda", this.passwordEncoder.encode(PASSWORD), Role.EDITOR));
		Browser editor = new Browser(port);
		editor.post("/zh/login", "/zh/login", Map.of("email", "eda@example.eu", "password", PASSWORD));
		Document form = page(editor.get("/zh/admin/news/new"));
		assertThat(form.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("main form[method=post]").attr("action")).startsWith("/zh/admin/news");
		HttpResponse<String> saved = editor.post("/zh/admin/news/new", "/zh/admin/news", Map.of("country", "china",
				"channel", "COUNTRY", "title", "中国集群代表团", "publishedOn", "2026-11-01", "status", "PUBLISHED"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(Browser.location(saved)).startsWith("/zh/admin/news");
	}

	private static List<String> alternates(Document page) {
		return page.select("head link[rel=alternate][hreflang]")
			.stream()
			.map((link) -> link.attr("hreflang") + " " + link.attr("href"))
			.toList();
	}

	private static org.w3c.dom.Document parseXml(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
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
