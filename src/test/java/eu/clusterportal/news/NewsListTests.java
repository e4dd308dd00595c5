package eu.clusterportal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsDetails;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class NewsListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	NewsItem chinaCluster;

	NewsItem draft;

	@BeforeEach
	void addNews() {
		Country china = country("china");
		Country japan = country("japan");
		chinaCluster = news(china, NewsChannel.COUNTRY, "Wuxi opens an IoT cluster office", LocalDate.of(2026, 3, 1),
				"The office helps **European SMEs** with semiconductor partners.", "https://example.org/wuxi",
				PublicationStatus.PUBLISHED);
		news(china, NewsChannel.ESCP4I, "ESCP-4i mission to Shenzhen", LocalDate.of(2026, 5, 1),
				"A matchmaking mission.", null, PublicationStatus.PUBLISHED);
		news(japan, NewsChannel.COUNTRY, "Japan cluster policy update", LocalDate.of(2025, 4, 1), null, null,
				PublicationStatus.PUBLISHED);
		draft = news(china, NewsChannel.COUNTRY, "Draft news not to be seen", LocalDate.of(2026, 6, 1), null, null,
				PublicationStatus.DRAFT);
		entityManager.flush();
	}

	@Test
	void listsThePublishedNewsNewestFirstWithoutDrafts() throws Exception {
		Document page = pages.html("/news");
		assertThat(titles(page)).containsExactly("ESCP-4i mission to Shenzhen", "Wuxi opens an IoT cluster office",
				"Japan cluster policy update");
		assertThat(page.select("#results-heading").text()).isEqualTo("3 news items");
		assertThat(page.select("#news-" + chinaCluster.getId() + " p:not(.meta)").text())
			.as("the summary as plain text")
			.isEqualTo("The office helps European SMEs with semiconductor partners.");
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		assertThat(titles(pages.html("/news?country=japan"))).containsExactly("Japan cluster policy update");
		assertThat(titles(pages.html("/news?year=2025"))).containsExactly("Japan cluster policy update");
		assertThat(titles(pages.html("/news?channel=escp4i"))).containsExactly("ESCP-4i mission to Shenzhen");
		assertThat(titles(pages.html("/news?country=china&channel=country&year=2026")))
			.containsExactly("Wuxi opens an IoT cluster office");
	}

	@Test
	void offersOnlyTheCountriesAndYearsThatHaveNewsAndShowsTheFiltersInForce() throws Exception {
		Document page = pages.html("/news?country=japan");
		assertThat(page.select("#filter-country option").eachAttr("value")).containsExactly("", "china", "japan");
		assertThat(page.select("#filter-year option").eachAttr("value")).containsExactly("", "2026", "2025");
		assertThat(page.select("#filter-country option[selected]").text()).isEqualTo("Japan");
		assertThat(page.select(".active-filters li").text()).startsWith("Country: Japan");
		assertThat(page.select(".active-filters li a").attr("href")).isEqualTo("/news");
	}

	@Test
	void searchesTheTitlesAndTheSummaries() throws Exception {
		assertThat(titles(pages.html("/news?q=semiconductor"))).containsExactly("Wuxi opens an IoT cluster office");
		assertThat(titles(pages.html("/news?q=policy"))).containsExactly("Japan cluster policy update");
		Document none = pages.html(get("/news").param("q", "nothing like this"));
		assertThat(titles(none)).isEmpty();
		assertThat(none.select(".empty-state").text()).contains("No news matches");
		assertThat(none.select("#filter-q").val()).isEqualTo("nothing like this");

		Document both = pages.html(get("/news").param("country", "japan").param("q", "policy & cluster"));
		assertThat(titles(both)).containsExactly("Japan cluster policy update");
		assertThat(both.select(".active-filters li[data-param=country] a").attr("href"))
			.isEqualTo("/news?q=policy%20%26%20cluster");
	}

	@Test
	void pagesTwentyAtATimeAndShowsTheLastPageForAPagePastTheEnd() throws Exception {
		Country china = country("china");
		for (int day = 1; day <= 21; day++) {
			news(china, NewsChannel.COUNTRY, "Older news " + day, LocalDate.of(2024, 1, day), null, null,
					PublicationStatus.PUBLISHED);
		}
		entityManager.flush();
		Document first = pages.html("/news");
		assertThat(titles(first)).hasSize(20).startsWith("ESCP-4i mission to Shenzhen").endsWith("Older news 5");
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news?page=2");
		assertThat(titles(pages.html("/news?page=2"))).containsExactly("Older news 4", "Older news 3", "Older news 2",
				"Older news 1");

		Document past = pages.html("/news?page=99");
		assertThat(titles(past)).containsExactly("Older news 4", "Older news 3", "Older news 2", "Older news 1");
		assertThat(past.select(".notices").text()).contains("There is no page 99, so the last page, 2, is shown.");

		Document filtered = pages.html("/news?country=china&q=older");
		assertThat(filtered.select(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/news?country=china&q=older&page=2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "country=narnia", "year=abc", "year=1999", "channel=radio", "page=abc", "page=-1" })
	void answersBadParametersWithTheWholeListAndSaysWhat(String parameter) throws Exception {
		Document page = pages.html("/news?" + parameter);
		assertThat(titles(page)).containsExactly("ESCP-4i mission to Shenzhen", "Wuxi opens an IoT cluster office",
				"Japan cluster policy update");
		assertThat(page.select(".notices li").text()).as(parameter).isNotEmpty();
		assertThat(page.select(".active-filters")).isEmpty();
	}

	@Test
	void givesEachItemAPageWithItsMarkdownBody() throws Exception {
		Document list = pages.html("/news");
		String href = list.select("#news-" + chinaCluster.getId() + " h3 a").attr("href");
		assertThat(href).isEqualTo("/news/" + chinaCluster.getId());

		Document page = pages.html(href);
		assertThat(page.select("main h1").text()).isEqualTo("Wuxi opens an IoT cluster office");
		assertThat(page.select(".news-item__body strong").text()).isEqualTo("European SMEs");
		assertThat(page.select(".news-item time").attr("datetime")).isEqualTo("2026-03-01");
		assertThat(page.select("main a[href=https://example.org/wuxi]").text()).isEqualTo("Read the original");
		assertThat(page.select("main a[href=/countries/china]").text()).isEqualTo("China");
	}

	@Test
	void hidesDraftsAndUnknownItems() throws Exception {
		for (String id : List.of(String.valueOf(draft.getId()), "999999999", "abc", "1e3")) {
			mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
		}
		assertThat(pages.html("/news").select("main").text()).doesNotContain("Draft news not to be seen");
	}

	@Test
	void linksAndAdvertisesTheAtomFeedOfTheCountryChosen() throws Exception {
		mvc.perform(get("/news?country=china"))
			.andExpect(header().string("Link",
					"</news.atom?country=china>; rel=\"alternate\"; type=\"application/atom+xml\""));
		Document page = pages.html("/news?country=china");
		assertThat(page.select(".feed-links a[type=application/atom+xml]").attr("href"))
			.isEqualTo("/news.atom?country=china");
	}

	@Test
	void isInTheSiteNavigationWithTheDocuments() throws Exception {
		Document home = pages.html("/");
		assertThat(home.select("header nav a").eachAttr("href")).contains("/news", "/documents");
		assertThat(home.select("header nav a[href=/news]").text()).isEqualTo("News");
		assertThat(home.select("header nav a[href=/documents]").text()).isEqualTo("Documents");
	}

	@Test
	void theSitemapListsTheNewsTheDocumentsAndEachPublishedItem() throws Exception {
		String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap)
			.contains("<loc>http://localhost:8080/news</loc>", "<loc>http://localhost:8080/documents</loc>",
					"<loc>http://localhost:8080/news/" + chinaCluster.getId() + "</loc>")
			.doesNotContain("<loc>http://localhost:8080/news/" + draft.getId() + "</loc>");
	}

	@Test
	void theFeedLinksAnItemWithoutAnAddressOfItsOwnToItsPage() throws Exception {
		String feed = mvc.perform(get("/news.atom?country=japan")).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("<link rel=\"alternate\" href=\"http://localhost:8080/news/");
	}

	private static List<String> titles(Document page) {
		return page.select(".results .item-list > li h3").stream().map(Element::text).toList();
	}

	private NewsItem news(Country country, NewsChannel channel, String title, LocalDate publishedOn, String summary,
			String url, PublicationStatus status) {
		NewsItem item = new NewsItem(new NewsDetails(country, channel, null, title, publishedOn, summary, url, status));
		entityManager.persist(item);
		return item;
	}

	private Country country(String slug) {
		return entityManager.createQuery("select c from Country c where c.slug = :slug", Country.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
