package eu.clusterportal.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clusterportal.Browser;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility statement, the privacy and cookie notices and the legal notice:
 * linked from every page's footer, saying what the portal really does, with the
 * operator's details from the configuration.
 */
@PortalServerTest
class LegalPagesTests {

	/** Public pages and files, as anonymous visitors read them. */
	static final List<String> PUBLIC_PAGES = List.of("/", "/countries", "/countries/china", "/clusters",
			"/partnerships", "/events", "/search?q=solar", "/accessibility", "/privacy", "/cookies", "/legal-notice",
			"/news.atom", "/events.atom", "/events.ics", "/sitemap.xml");

	@Autowired
	WebPages pages;

	@LocalServerPort
	int port;

	@Test
	void everyPagesFooterLinksToTheFourStatements() throws Exception {
		for (String page : List.of("/", "/countries/china", "/privacy")) {
			assertThat(pages.html(page).select("footer nav a").eachAttr("href")).as(page)
				.containsExactly("/accessibility", "/privacy", "/cookies", "/legal-notice");
		}
		Map<String, String> headings = Map.of("/accessibility", "Accessibility statement", "/privacy", "Privacy notice",
				"/cookies", "Cookies", "/legal-notice", "Legal notice");
		headings.forEach((path, heading) -> assertThat(heading(path)).as(path).isEqualTo(heading));
	}

	@Test
	void theFooterCreditsBothSourceDocuments() throws Exception {
		assertThat(pages.html("/").select("footer p").text()).contains(
				"From its original country page on China: the introduction, the leads of the four sections, the key facts",
				"From the Preparatory Briefing on China: the longer texts of the sections");
	}

	@Test
	void theLegalNoticeSaysWhichTextComesFromWhichDocumentAndClaimsNoUncorrectedFigures() throws Exception {
		Document notice = pages.html("/legal-notice");
		assertThat(notice.select("#sources-heading ~ ul li").eachText()).satisfiesExactly(
				(page) -> assertThat(page).contains("the leads of the four sections",
						"MAGIA2Market, NF4, GIVE, EnW and eT4S"),
				(briefing) -> assertThat(briefing).contains("clusters and regions", "Annex A.2"));
		assertThat(notice.select("#sources-heading ~ p").last().text()).contains("regions and map places of clusters",
				"descriptions of the partnerships", "1,357 trillion");
		assertThat(notice.select("#disclaimer-heading + p").text()).doesNotContain("as the sources state them")
			.contains("corrected or completed a source");
	}

	@Test
	void theAccessibilityStatementGivesItsStatusTestsKnownIssuesContactAndDate() throws Exception {
		Document statement = pages.html("/accessibility");
		assertThat(statement.select("#status-heading + p").text()).contains("partially conformant", "WCAG", "2.1",
				"level AA", "EN 301 549");
		assertThat(statement.select("#testing-heading ~ ul li").eachText())
			.anySatisfy((item) -> assertThat(item).contains("headless browser").contains("keyboard"))
			.anySatisfy(
					(item) -> assertThat(item).contains("Nu HTML Checker", "axe-core", "no errors", "no violation"));
		assertThat(statement.select("#issues-heading ~ ul li").eachText())
			.anySatisfy((item) -> assertThat(item).contains("cannot see", "assistive technologies", "screen readers"))
			.anySatisfy((item) -> assertThat(item).contains("PDF", "third parties"))
			.anySatisfy((item) -> assertThat(item).contains("cluster landscape chart"));
		assertThat(statement.select("#feedback-heading ~ p a").attr("href")).isEqualTo("mailto:contact@localhost");
		assertThat(statement.select("#testing-heading ~ ul li").eachText())
			.anySatisfy((item) -> assertThat(item).contains("320 CSS pixels", "overlap", "header", "focus"));
		assertThat(statement.select("#enforcement-heading + p").text()).contains("Directive (EU) 2016/2102",
				"[Name of the operator");
		assertThat(statement.select("#date-heading + p").text()).contains("7 December 2026");
	}

	@Test
	void thePrivacyNoticeNamesWhatIsProcessedAndThatNothingTracks() throws Exception {
		Document notice = pages.html("/privacy");
		assertThat(notice.select("#controller-heading + p").text()).contains("[Name of the operator",
				"contact@localhost");
		assertThat(notice.select("#visitors-heading + p").text()).contains("no analytics");
		assertThat(notice.select("#accounts-heading + p").text()).contains("e-mail address", "hash of the password");
		assertThat(notice.select("#sessions-heading + p").text()).contains("PostgreSQL", "after 30 minutes");
		assertThat(notice.select("#throttle-heading + p").text()).contains("each e-mail address");
		assertThat(notice.select("#logs-heading + p").text()).contains("does not record visitors\u2019 IP addresses");
	}

	@Test
	void theLegalNoticeNamesTheOperatorTheSourcesAndADisclaimer() throws Exception {
		Document notice = pages.html("/legal-notice");
		assertThat(notice.select("address").text()).contains("[Name of the operator", "[Postal address",
				"contact@localhost");
		assertThat(notice.select("#sources-heading ~ ul li").eachText()).satisfiesExactly(
				(page) -> assertThat(page).contains("original country page", "key facts", "ESCP-4i"),
				(briefing) -> assertThat(briefing).contains("Preparatory Briefing on China"));
		assertThat(notice.select("#disclaimer-heading + p").text()).contains("for information only");
	}

	@Test
	void anonymousVisitorsGetNoCookie() throws Exception {
		Browser anonymous = new Browser(port);
		for (String page : PUBLIC_PAGES) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
		}
	}

	@Test
	void theCookieNoticeDescribesEveryCookieTheSignInAndAdminPagesSet() throws Exception {
		List<String> cookies = new ArrayList<>(new Browser(port).get("/login").headers().allValues("Set-Cookie"));
		cookies.addAll(new Browser(port).get("/admin/news").headers().allValues("Set-Cookie"));
		cookies.addAll(new Browser(port).post("/login", Map.of("email", "nobody@example.eu", "password", "wrong"))
			.headers()
			.allValues("Set-Cookie"));
		assertThat(cookies).extracting((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.containsExactlyInAnyOrder("XSRF-TOKEN", "REDIRECT_URI");
		Document notice = pages.html("/cookies");
		assertThat(notice.select("table code").eachText()).containsExactly("SESSION", "XSRF-TOKEN", "REDIRECT_URI",
				"language");
		for (String cookie : cookies) {
			assertThat(cookie).contains("; Path=/", "; HttpOnly", "; SameSite=Lax");
			assertThat(cookie).as("a cookie that ends with the browser session")
				.doesNotContainIgnoringCase("Max-Age")
				.doesNotContainIgnoringCase("Expires");
		}
		assertThat(notice.select("table td").text()).contains("HttpOnly", "SameSite=Lax", "Secure", "sign-in page",
				"30 minutes");
		assertThat(notice.select(".lead").text())
			.contains("only on the sign-in page and the editing pages, which lead to it, for people who sign in, "
					+ "and when you answer its offer of its pages in another language");
	}

	private String heading(String path) {
		try {
			return pages.html(path).select("main h1").text();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
