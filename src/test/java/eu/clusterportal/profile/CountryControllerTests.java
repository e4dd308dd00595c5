package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
class CountryControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsEveryBlockOfTheChinaProfileInTheOriginalOrder() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("main h1").text()).isEqualTo("China");
		assertThat(page.select("main section > h2").eachText()).containsExactly(
				"Economic and political context and framework", "Cluster community in the country", "Cluster landscape",
				"Clusters on the map",
				"Cluster policies encouraging the development and internationalisation of clusters",
				"Cluster to cluster cooperation opportunities and potential interest from European clusters and SMEs",
				"Key facts", "Documentation", "News", "Events", "Achievements", "ESCP-4i News",
				"ESCP-4is targeting this country", "Sources");
		List<String> sectionAnchors = page.select("main section:has(> h2)")
			.eachAttr("id")
			.stream()
			.map((id) -> "#" + id)
			.toList();
		assertThat(page.select("nav.toc a").eachAttr("href")).containsExactlyElementsOf(sectionAnchors);
	}

	@Test
	void formatsTheKeyFactsCorrectlyWithTheirYears() throws Exception {
		Element facts = pages.html("/countries/china").selectFirst("#key-facts dl");
		assertThat(facts.select("dt").eachText()).containsExactly("Capital", "Population", "Total area",
				"GDP per capita", "Gross domestic product (GDP)", "Currency");
		assertThat(facts.select("dd:not(.key-fact__source)").eachText()).containsExactly("Beijing",
				"1.357 billion (2015)", "9.597 million km²", "US$15,095 (2015)", "US$20.853 trillion (2015)",
				"Chinese Yuan (CNY)");
	}

	@Test
	void putsTheLongTextOfEachSectionBehindAReadMoreThatWorksWithoutJavaScript() throws Exception {
		Element section = pages.html("/countries/china").getElementById("cluster-policies");
		assertThat(section.selectFirst(".section-lead").text()).contains("TORCH Programme");
		Element details = section.selectFirst("details");
		assertThat(details.selectFirst("summary").text()).startsWith("Read more Read less");
		assertThat(details.select(".prose h3, .prose p")).hasSizeGreaterThan(3);
	}

	@Test
	void groupsTheClusterLandscapeByRegionOrBySector() throws Exception {
		assertThat(pages.html("/countries/china").select("#cluster-landscape h3").eachText()).containsExactly(
				"Pearl River Delta", "Yangtze River Delta", "Beijing-Tianjin-Hebei (Bohai Rim)", "Elsewhere in China");
		Document bySector = pages.html("/countries/china?clusters=sector");
		assertThat(bySector.select("#cluster-landscape h3").eachText()).contains(
				"C29 Manufacture of motor vehicles, trailers and semi-trailers",
				"J62 Computer programming, consultancy and related activities");
		assertThat(bySector.select("#cluster-landscape nav a[aria-current]").text()).isEqualTo("Sector");
	}

	@Test
	void showsTheSeededDocumentsAndAchievementsAndFriendlyEmptyStates() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("#documentation h3").eachText()).contains("Preparatory Briefing on China");
		assertThat(page.select("#achievements h3")).hasSize(7);
		for (String block : List.of("news", "events", "escp4i-news")) {
			assertThat(page.select("#" + block + " .empty-state").text()).isEqualTo("There is nothing here yet.");
		}
		assertThat(page.select("main").text()).doesNotContain("scouting");
	}

	@Test
	@Transactional
	void onlyTheAchievementsSayThatTheyAreBeingLookedFor() throws Exception {
		jdbc.update("delete from achievement");
		Document page = pages.html("/countries/china");
		assertThat(page.select("#achievements .empty-state").text())
			.isEqualTo("We are currently scouting for relevant information on this topic.");
		assertThat(page.select(".empty-state:contains(scouting)")).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''              | MAGIA2Market NF4 GIVE EnW eT4S AdPack² DIA EC2i ELBE FoodNet MobiGoIn-Action SPACE2IDGO
			acronym,asc     | AdPack² DIA EC2i ELBE EnW eT4S FoodNet GIVE MAGIA2Market MobiGoIn-Action NF4 SPACE2IDGO
			acronym,desc    | SPACE2IDGO NF4 MobiGoIn-Action MAGIA2Market GIVE FoodNet eT4S EnW ELBE EC2i DIA AdPack²
			name,asc        | EnW ELBE EC2i DIA AdPack² eT4S FoodNet GIVE MAGIA2Market MobiGoIn-Action NF4 SPACE2IDGO
			name,desc       | SPACE2IDGO NF4 MobiGoIn-Action MAGIA2Market GIVE FoodNet eT4S AdPack² DIA EC2i ELBE EnW
			smes,desc       | eT4S EnW GIVE NF4 MAGIA2Market AdPack² DIA EC2i ELBE FoodNet MobiGoIn-Action SPACE2IDGO
			smes,asc        | MAGIA2Market NF4 GIVE EnW eT4S AdPack² DIA EC2i ELBE FoodNet MobiGoIn-Action SPACE2IDGO
			partners,desc   | GIVE EnW eT4S NF4 MAGIA2Market AdPack² DIA EC2i ELBE FoodNet MobiGoIn-Action SPACE2IDGO
			partners,asc    | MAGIA2Market eT4S NF4 EnW GIVE AdPack² DIA EC2i ELBE FoodNet MobiGoIn-Action SPACE2IDGO
			""")
	void sortsThePartnershipTableOnTheServerFromTheUrl(String sort, String expectedOrder) throws Exception {
		assertThat(acronyms(pages.html("/countries/china?sort=" + sort))).containsExactly(expectedOrder.split(" "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "bogus", "smes,sideways", "smes,desc,extra", "%27%3B--", "name,", ",",
			"partners,asc&sort=name,desc" })
	void fallsBackToTheDefaultOrderForABadSortParameter(String sort) throws Exception {
		assertThat(acronyms(pages.html("/countries/china?sort=" + sort))).first().isEqualTo("MAGIA2Market");
	}

	@Test
	void marksTheSortedColumnAndLinksEachHeaderToItsNextOrder() throws Exception {
		Element head = pages.html("/countries/china?sort=smes,desc&clusters=sector").selectFirst("#partnerships thead");
		assertThat(head.select("th[aria-sort]")).singleElement()
			.satisfies((th) -> assertThat(th.attr("aria-sort")).isEqualTo("descending"))
			.satisfies((th) -> assertThat(th.text()).startsWith("No. of SMEs involved"));
		assertThat(head.select("th a").eachAttr("href")).containsExactly(
				"/countries/china?clusters=sector&sort=acronym,asc#partnerships",
				"/countries/china?clusters=sector&sort=name,asc#partnerships",
				"/countries/china?clusters=sector&sort=smes,asc#partnerships",
				"/countries/china?clusters=sector&sort=partners,desc#partnerships");
	}

	@Test
	void showsUnknownFiguresAsADashNeverAsZero() throws Exception {
		Element dia = pages.html("/countries/china").selectFirst("#partnerships tr[data-acronym=DIA]");
		assertThat(dia.select("td.number")).hasSize(2).allSatisfy((cell) -> {
			assertThat(cell.selectFirst("[aria-hidden]").text()).isEqualTo("–");
			assertThat(cell.selectFirst(".visually-hidden").text()).isEqualTo("Not known");
		});
		Element give = pages.html("/countries/china").selectFirst("#partnerships tr[data-acronym=GIVE]");
		assertThat(give.select("td.number").stream().map(Element::ownText)).containsExactly("615", "8");
	}

	@Test
	void showsTaxonomyTermsAndLinksTheTargetedCountries() throws Exception {
		Element magia = pages.html("/countries/china").selectFirst("#partnerships tr[data-acronym=MAGIA2Market]");
		assertThat(magia.select("td").get(1).select(".term").text())
			.isEqualTo("A61 Medical or veterinary science; hygiene");
		assertThat(magia.select("td").get(1).selectFirst("abbr").attr("title")).isEqualTo("A: Human necessities");
		assertThat(magia.select("td").get(2).select(".term").text()).isEqualTo("Q86 Human health activities");
		assertThat(magia.select("td").get(3).select("a").eachAttr("href")).containsExactly("/countries/china",
				"/countries/japan", "/countries/united-states");
	}

	@Test
	void givesACountryWithoutProfileAPageThatSaysSoAndListsItsPartnerships() throws Exception {
		Document japan = pages.html("/countries/japan");
		assertThat(japan.select("main h1").text()).isEqualTo("Japan");
		assertThat(japan.select("main .lead").text()).startsWith("We have not written a profile of Japan yet.");
		assertThat(japan.select("#key-facts")).isEmpty();
		assertThat(acronyms(japan)).containsExactly("MAGIA2Market");
	}

	@Test
	void answersAnUnknownCountryWithNotFound() throws Exception {
		mvc.perform(get("/countries/narnia")).andExpect(status().isNotFound());
	}

	@Test
	void linksTheClusterGroupingsKeepingTheTableOrder() throws Exception {
		assertThat(pages.html("/countries/china?sort=partners,asc&utm_source=x")
			.select("#cluster-landscape nav a")
			.eachAttr("href")).containsExactly("/countries/china?sort=partners,asc&clusters=region#cluster-landscape",
					"/countries/china?sort=partners,asc&clusters=sector#cluster-landscape");
	}

	@Test
	void listsTheCountriesWithAndWithoutProfile() throws Exception {
		Document page = pages.html("/countries");
		assertThat(page.select("#profiles-heading + ul a").eachText()).containsExactly("China");
		assertThat(page.select("section:has(#others-heading) a").eachText()).containsExactly("Brazil", "Canada",
				"Colombia", "Egypt", "Japan", "Mexico", "Morocco", "Peru", "Singapore", "Taiwan", "Tunisia",
				"United States");
	}

	@Test
	void leadsFromTheHomePageToTheChinaProfile() throws Exception {
		assertThat(pages.html("/").select("main a").eachAttr("href")).contains("/countries/china", "/countries");
	}

	private static List<String> acronyms(Document page) {
		return page.select("#partnerships tbody th[scope=row]").eachText();
	}

}
