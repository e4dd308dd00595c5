package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every page's head offers besides its content: an icon for the browser's tab, and
 * the feeds that feed readers find on their own.
 */
@PortalIntegrationTest
class PageHeadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Test
	void theIconIsAnSvgUnderAHashedNameAndFaviconIcoAnswersToo() throws Exception {
		String svg = pages.html("/").select("head link[rel=icon][type=image/svg+xml]").attr("href");
		assertThat(svg).matches("/images/favicon-[0-9a-f]{32}\\.svg");
		MockHttpServletResponse icon = mvc.perform(get(svg)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(icon.getContentType()).startsWith("image/svg+xml");
		assertThat(icon.getHeader("Cache-Control")).contains("immutable");

		MockHttpServletResponse ico = mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(ico.getContentType()).startsWith("image/");
		assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0);
		assertThat(ico.getHeader("Cache-Control")).isEqualTo("max-age=2592000, public");
	}

	@Test
	void theMainNavigationMarksTheSectionOfThePage() throws Exception {
		Map<String, String> sections = Map.of("/", "Home", "/countries/china", "Countries",
				"/clusters/wuxi-iot-cluster", "Clusters", "/partnerships", "Partnerships", "/events", "Events", "/news",
				"News", "/documents", "Documents");
		sections.forEach((page, section) -> {
			try {
				assertThat(pages.html(page).select("header nav a[aria-current]").eachText()).as(page)
					.containsExactly(section);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(pages.html("/legal-notice").select("header nav a[aria-current]")).isEmpty();
	}

	@Test
	void everyPageOffersTheSitesNewsAndEventsFeeds() throws Exception {
		for (String page : new String[] { "/", "/clusters", "/events" }) {
			assertThat(feeds(pages.html(page))).as(page)
				.containsExactly("News of the EU\u2013China Cluster Portal=/news.atom",
						"Events of the EU\u2013China Cluster Portal=/events.atom");
		}
	}

	@Test
	void theCountryPageAlsoOffersItsOwnFeedsAndEveryFeedAnswers() throws Exception {
		Document china = pages.html("/countries/china");
		assertThat(feeds(china)).containsExactly("News of the EU\u2013China Cluster Portal=/news.atom",
				"Events of the EU\u2013China Cluster Portal=/events.atom", "News about China=/news.atom?country=china",
				"Events about China=/events.atom?country=china");
		for (Element link : china.select("head link[rel=alternate]")) {
			MockHttpServletResponse feed = mvc.perform(get(link.attr("href"))).andReturn().getResponse();
			assertThat(feed.getStatus()).as(link.attr("href")).isEqualTo(200);
			assertThat(feed.getContentType()).startsWith(link.attr("type"));
		}
	}

	private static List<String> feeds(Document page) {
		return page.select("head link[rel=alternate][type=application/atom+xml]")
			.stream()
			.map((link) -> link.attr("title") + "=" + link.attr("href"))
			.toList();
	}

}
