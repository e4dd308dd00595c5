package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class SearchControllerTests {

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ranksTheAutomobileClustersAboveTheSectionsThatMentionThem() throws Exception {
		Document page = search("automobile");
		assertThat(page.select("main section h2 > span:first-child").eachText()).containsExactly("Clusters",
				"Organisations", "Country profile sections");
		assertThat(page.select("#organisations h3 a").eachAttr("href"))
			.containsExactly("/organisations/china-association-of-automobile-manufacturers");
		assertThat(page.select("#clusters h3 a").eachAttr("href")).containsExactlyInAnyOrder(
				"/clusters/chongqing-automobile-cluster", "/clusters/guangzhou-automobile-city-cluster");
		assertThat(page.select("#sections h3 a").eachAttr("href")).contains("/countries/china#economic-context");
		assertThat(page.title()).isEqualTo("Search results for “automobile” · EU–China Cluster Portal");
	}

	@Test
	void findsTheTorchProgrammeInTheClusterPoliciesWithTheTermMarked() throws Exception {
		Element hit = search("TORCH").selectFirst("#sections li:has(a[href=/countries/china#cluster-policies])");
		assertThat(hit.selectFirst("h3").text())
			.isEqualTo("Cluster policies encouraging the development and internationalisation of clusters");
		assertThat(hit.select(".search-snippet mark").eachText()).isNotEmpty().allMatch("TORCH"::equals);
		assertThat(hit.selectFirst(".search-snippet").text()).doesNotContain("**");
	}

	@Test
	void findsAPartnershipByItsAcronym() throws Exception {
		Element hit = search("NF4").selectFirst("#partnerships li");
		assertThat(hit.selectFirst("h3 a").attr("href")).isEqualTo("/partnerships/NF4");
		assertThat(hit.selectFirst("h3").text()).isEqualTo("NF4");
		assertThat(hit.selectFirst(".meta").text()).isEqualTo("New Frontiers in Food Fast Forward");
	}

	@Test
	void encodesAPartnershipAcronymInItsLink() throws Exception {
		assertThat(search("AdPack²").select("#partnerships h3 a").eachAttr("href"))
			.contains("/partnerships/AdPack%C2%B2");
	}

	@Test
	void findsAQuotedPhraseOnlyAsAWhole() throws Exception {
		assertThat(search("\"automobile city\"").select("#clusters h3").eachText())
			.containsExactly("Guangzhou automobile city cluster");
		assertThat(search("automobile -city").select("#clusters h3").eachText())
			.containsExactly("Chongqing automobile cluster");
	}

	@Test
	void groupsTheResultsWithTheirCountsAndShowsTheTopFiveOfEach() throws Exception {
		Document page = search("cluster");
		Element clusters = page.getElementById("clusters");
		assertThat(clusters.selectFirst("h2").text()).isEqualTo("Clusters (10)");
		assertThat(clusters.select("li")).hasSize(5);
		Element seeAll = clusters.selectFirst("a:contains(See all)");
		assertThat(seeAll.text()).isEqualTo("See all 10 results in Clusters");
		assertThat(seeAll.attr("href")).isEqualTo("/search?q=cluster&type=clusters");
		long total = page.select("main section .search-count")
			.eachText()
			.stream()
			.mapToLong((count) -> Long.parseLong(count.replaceAll("[()]", "")))
			.sum();
		assertThat(page.selectFirst("main .lead").text()).isEqualTo(total + " results for “cluster”");
	}

	@Test
	void pagesThroughAllResultsOfOneGroup() throws Exception {
		for (int i = 1; i <= 25; i++) {
			addNews("Hydrogen valley report " + i, "Fuel cells and hydrogen.");
		}
		assertThat(search("hydrogen").getElementById("news").selectFirst("a:contains(See all)").text())
			.isEqualTo("See all 25 results in News");

		Document second = pages.html("/search?q=hydrogen&type=news&page=2");
		assertThat(second.select("main section")).hasSize(1);
		assertThat(second.select("#news li h3")).hasSize(5);
		assertThat(second.select(".pagination .meta").text()).isEqualTo("Showing 21–25 of 25");
		assertThat(second.select(".pagination a[aria-current=page]").text()).isEqualTo("2");
		assertThat(second.select(".pagination a[rel=prev]").attr("href"))
			.isEqualTo("/search?q=hydrogen&type=news&page=1");
		assertThat(pages.html("/search?q=hydrogen&type=news").select("#news li h3")).hasSize(20);
		assertThat(pages.html("/search?q=hydrogen&type=news&page=99").select(".pagination .meta").text())
			.isEqualTo("Showing 21–25 of 25");
	}

	@Test
	void findsANewsItemAsSoonAsItIsSaved() throws Exception {
		assertThat(search("zeppelin").select("main section")).isEmpty();
		addNews("Zeppelin trade fair in Suzhou", null);
		Element hit = search("zeppelins").selectFirst("#news li");
		assertThat(hit.selectFirst("h3 a").text()).isEqualTo("Zeppelin trade fair in Suzhou");
		String link = hit.selectFirst("h3 a").attr("href");
		assertThat(link).matches("/news/\\d+");
		assertThat(pages.html(link).select("h1").text()).isEqualTo("Zeppelin trade fair in Suzhou");
	}

	@Test
	void findsPublishedNewsEventsDocumentsAndAchievementsButNoDrafts() throws Exception {
		for (String table : List.of("news_item", "event", "document", "achievement")) {
			for (String status : List.of("PUBLISHED", "DRAFT")) {
				addContent(table, "Quokka " + status.toLowerCase() + " " + table, status);
			}
		}
		List<String> found = search("quokka").select("main section h3").eachText();
		assertThat(found).containsExactlyInAnyOrder("Quokka published news_item", "Quokka published event",
				"Quokka published document", "Quokka published achievement");
		for (String type : List.of("news", "events", "documents", "achievements")) {
			assertThat(pages.html(get("/search").param("q", "quokka").param("type", type))
				.select("main section h3")
				.eachText()).as(type).singleElement().asString().startsWith("Quokka published");
		}
	}

	@Test
	void escapesMarkupInTheContentOfASnippet() throws Exception {
		addNews("Hydrogen", "Hydrogen <script>alert('x')</script> x<y <img src=x onerror=alert(1)> hydrogen");
		Document page = search("hydrogen");
		assertThat(page.select("main script, main img")).isEmpty();
		Element snippet = page.selectFirst("#news .search-snippet");
		assertThat(snippet.text()).contains("x<y <img src=x onerror=alert(1)>");
		assertThat(snippet.select("mark").eachText()).containsExactly("Hydrogen", "hydrogen");
	}

	@Test
	void asksForASearchTermWhenThereIsNone() throws Exception {
		for (RequestBuilder request : List.of(get("/search"), get("/search").param("q", ""),
				get("/search").param("q", " \t ").param("type", "news").param("page", "x"))) {
			Document page = pages.html(request);
			assertThat(page.title()).isEqualTo("Search · EU–China Cluster Portal");
			assertThat(page.selectFirst("main .lead").text()).startsWith("Enter a word or phrase in the search box");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "!!!", "'", "the", "-", "\"", "OR" })
	void saysWhenASearchHasNoWordsToLookFor(String q) throws Exception {
		Document page = pages.html(get("/search").param("q", q));
		assertThat(page.select("main .search-notice").text()).startsWith("Your search has no words to look for");
		assertThat(page.select("header input[name=q]").val()).isEqualTo(q);
	}

	@ParameterizedTest
	@ValueSource(strings = { "'; drop table country; --", "\"automobile", "automobile\"\"", "automobile OR",
			"automobile - -", "a & b | !c <-> (d", "%", "\\", "automobile\u0000", "汽车", "\"汽车", "－汽车", "汽车 or", "汽车:*A",
			"'", "𠮷野家 😀", "ＡＢＣ１２３" })
	void answersOddInputWithAResultsPage(String q) throws Exception {
		Document page = pages.html(get("/search").param("q", q));
		assertThat(page.select("main h1").text()).startsWith("Search results for");
		assertThat(page.text()).doesNotContainIgnoringCase("exception").doesNotContain("Something went wrong");
		// the Chinese page segments the terms itself
		assertThat(pages.html(get("/zh/search").param("q", q)).select("main h1").text()).isNotBlank();
	}

	@Test
	void aSqlLikeSearchLeavesTheDataAlone() throws Exception {
		pages.html(get("/search").param("q", "'; drop table country; --"));
		assertThat(search("China").select("#countries h3").eachText()).containsExactly("China");
	}

	@Test
	void saysWhenNothingMatches() throws Exception {
		assertThat(search("xylophone").select("main .search-notice").text())
			.isEqualTo("Nothing matches “xylophone”. Check the spelling, or try other or fewer words.");
	}

	@Test
	void shortensAVeryLongSearchAndSaysSo() throws Exception {
		Document page = pages.html(get("/search").param("q", "automobile ".repeat(50)));
		assertThat(page.select("main .search-notice").text())
			.isEqualTo("Your search was longer than 200 characters, so we searched for its first 200 characters only.");
		assertThat(page.select("header input[name=q]").val()).isEqualTo("automobile ".repeat(18).strip());
		assertThat(page.select("#clusters h3")).hasSize(2);
	}

	@Test
	void showsAllGroupsForAnUnknownTypeAndTheFirstPageForABadPage() throws Exception {
		assertThat(pages.html("/search?q=automobile&type=bogus").select("main section")).hasSize(3);
		for (String bad : List.of("x", "-3", "0", "99999999999", "1.5")) {
			assertThat(pages.html("/search?q=cluster&type=clusters&page=" + bad).select(".pagination .meta").text())
				.isEqualTo("Showing 1–10 of 10");
		}
	}

	@Test
	void keepsTheSearchInTheHeaderBox() throws Exception {
		assertThat(search("cluster policy").select("header form[role=search] input[name=q]").val())
			.isEqualTo("cluster policy");
	}

	@Test
	void everyPageButTheFrontPageHasANamedSearchFormInItsHeader() throws Exception {
		for (String url : List.of("/countries", "/countries/china", "/search?q=china", "/legal-notice")) {
			Element form = pages.html(url).selectFirst("header form[role=search]");
			assertThat(form.attr("aria-label")).as("the name of the search landmark").isEqualTo("Search the portal");
			assertThat(form.attr("action")).isEqualTo("/search");
			assertThat(form.attr("method")).isEqualTo("get");
			Element input = form.selectFirst("input[name=q]");
			assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Search the portal");
			assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Search");
		}
	}

	@Test
	void theFrontPageHasOneSearchFormItsOwn() throws Exception {
		assertThat(pages.html("/").select("form[role=search]")).singleElement()
			.satisfies((form) -> assertThat(form.parents().is("main")).isTrue());
	}

	private void addNews(String title, String summary) {
		jdbc.sql("""
				insert into news_item (country_id, channel, title, published_on, summary)
				select id, 'COUNTRY', :title, current_date, :summary from country where slug = 'china'
				""").param("title", title).param("summary", summary).update();
	}

	private void addContent(String table, String title, String status) {
		String columns = switch (table) {
			case "news_item" -> "channel, published_on";
			case "event" -> "starts_on";
			case "document" -> "kind";
			default -> null;
		};
		String values = switch (table) {
			case "news_item" -> "'COUNTRY', current_date";
			case "event" -> "current_date";
			case "document" -> "'STUDY'";
			default -> null;
		};
		jdbc.sql("insert into " + table + " (country_id, title, status" + ((columns != null) ? ", " + columns : "")
				+ ") select id, :title, :status" + ((values != null) ? ", " + values : "")
				+ " from country where slug = 'china'")
			.param("title", title)
			.param("status", status)
			.update();
	}

	private Document search(String q) throws Exception {
		return pages.html(get("/search").param("q", q));
	}

}
