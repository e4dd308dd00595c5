package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The cluster directory on the demo content: its filters, order, form and links. */
@PortalIntegrationTest
class ClusterDirectoryControllerTests {

	static final List<String> ALL_BY_NAME = List.of("Chengdu Hi-Tech Industrial Development Zone (CDHT)",
			"Chongqing automobile cluster", "Dalian software outsourcing cluster", "Guangzhou automobile city cluster",
			"Shanghai Zhangjiang Hi-Tech Park (Zhangjiang Drug Valley)", "Shenzhen communications cluster",
			"Tonghua Pharmaceutical Hi-tech Industrial Development Zone",
			"Wuhan East Lake High-tech Zone (Optics Valley of China)", "Wuxi IoT cluster", "Wuxi photovoltaic cluster",
			"Zhongguancun Science Park (Z-Park)");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Test
	void promisesNoWayToReachAClusterThatNoClusterHas() throws Exception {
		String lead = pages.html("/clusters").select("main p.lead").text();
		assertThat(lead).contains("which partnerships it belongs to").doesNotContain("reach");
	}

	@Test
	void listsEveryClusterByNameWithItsLocationAndSectors() throws Exception {
		Document page = pages.html("/clusters");
		assertThat(page.title()).isEqualTo("Cluster directory · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("Cluster directory");
		assertThat(names(page)).containsExactlyElementsOf(ALL_BY_NAME);
		Element wuxi = row(page, "wuxi-iot-cluster");
		assertThat(wuxi.selectFirst("th a").attr("href")).isEqualTo("/clusters/wuxi-iot-cluster");
		assertThat(wuxi.select("td").eachText()).containsExactly("Wuxi", "Yangtze River Delta", "China",
				"J62 Computer programming, consultancy and related activities Source: editorial classification, of the briefing's description; no source gives NACE codes");
		assertThat(wuxi.select("td a").eachAttr("href")).containsExactly("/clusters?region=yangtze-river-delta",
				"/countries/china", "/sectors/J62");
		assertThat(row(page, "chongqing-automobile-cluster").select("td").get(1).text()).isEqualTo("–None");
		assertThat(row(page, "shanghai-zhangjiang-hi-tech-park").select("td .term__code").eachText())
			.containsExactly("C21", "C26", "Q86");
		assertThat(page.select("#results-heading").text()).isEqualTo("11 clusters");
		assertThat(page.select("main .pagination .meta").text()).isEqualTo("Showing 1–11 of 11");
		assertThat(page.select("main .pagination ul")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					sector=C29                                  | chongqing-automobile-cluster guangzhou-automobile-city-cluster
					sector=c29                                  | chongqing-automobile-cluster guangzhou-automobile-city-cluster
					sector=J62                                  | dalian-software-outsourcing-cluster wuxi-iot-cluster zhongguancun-science-park
					sector=J                                    | chengdu-hi-tech-industrial-development-zone dalian-software-outsourcing-cluster shenzhen-communications-cluster wuxi-iot-cluster zhongguancun-science-park
					sector=C                                    | chongqing-automobile-cluster guangzhou-automobile-city-cluster shanghai-zhangjiang-hi-tech-park tonghua-pharmaceutical-hi-tech-industrial-development-zone wuhan-east-lake-high-tech-zone wuxi-photovoltaic-cluster zhongguancun-science-park
					region=yangtze-river-delta                  | shanghai-zhangjiang-hi-tech-park wuxi-iot-cluster wuxi-photovoltaic-cluster
					region=pearl-river-delta                    | guangzhou-automobile-city-cluster shenzhen-communications-cluster
					region=yangtze-river-delta&sector=J62       | wuxi-iot-cluster
					region=yangtze-river-delta&sector=J         | wuxi-iot-cluster
					country=china&region=beijing-tianjin-hebei&sector=C26 | zhongguancun-science-park
					country=china&sector=C29                    | chongqing-automobile-cluster guangzhou-automobile-city-cluster
					""")
	void filtersByCountryRegionAndSectorAloneOrCombined(String query, String expectedSlugs) throws Exception {
		Document page = pages.html("/clusters?" + query);
		String[] expected = expectedSlugs.split(" ");
		assertThat(slugs(page)).containsExactly(expected);
		assertThat(page.select("#results-heading").text())
			.isEqualTo((expected.length == 1) ? "1 cluster" : expected.length + " clusters");
	}

	@Test
	void filtersByCountry() throws Exception {
		assertThat(names(pages.html("/clusters?country=china"))).containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void showsAFriendlyEmptyStateWhenNothingMatches() throws Exception {
		Document page = pages.html("/clusters?region=pearl-river-delta&sector=D35");
		assertThat(page.select("#results-heading").text()).isEqualTo("No clusters");
		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select("main .empty-state").text()).startsWith("No cluster matches these filters.")
			.endsWith("Show all clusters");
		assertThat(page.select("main .empty-state a").attr("href")).isEqualTo("/clusters");
		assertThat(page.select("main .download")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			name,asc     | Chengdu Chongqing Dalian Guangzhou Shanghai Shenzhen Tonghua Wuhan Wuxi Wuxi Zhongguancun
			name         | Chengdu Chongqing Dalian Guangzhou Shanghai Shenzhen Tonghua Wuhan Wuxi Wuxi Zhongguancun
			name,desc    | Zhongguancun Wuxi Wuxi Wuhan Tonghua Shenzhen Shanghai Guangzhou Dalian Chongqing Chengdu
			city,asc     | Zhongguancun Chengdu Chongqing Dalian Guangzhou Shanghai Shenzhen Tonghua Wuhan Wuxi Wuxi
			city,desc    | Wuxi Wuxi Wuhan Tonghua Shenzhen Shanghai Guangzhou Dalian Chongqing Chengdu Zhongguancun
			CITY,DESC    | Wuxi Wuxi Wuhan Tonghua Shenzhen Shanghai Guangzhou Dalian Chongqing Chengdu Zhongguancun
			country,asc  | Chengdu Chongqing Dalian Guangzhou Shanghai Shenzhen Tonghua Wuhan Wuxi Wuxi Zhongguancun
			country,desc | Chengdu Chongqing Dalian Guangzhou Shanghai Shenzhen Tonghua Wuhan Wuxi Wuxi Zhongguancun
			""")
	void sortsByNameCityOrCountryBothWaysWithTiesByName(String sort, String firstWords) throws Exception {
		Document page = pages.html("/clusters?sort=" + sort);
		assertThat(names(page).stream().map((n) -> n.split("[ ,]")[0])).containsExactly(firstWords.split(" "));
		if (!sort.startsWith("name")) {
			// Two clusters in Wuxi: by name within the city, whichever way the cities go.
			assertThat(slugs(page)).containsSubsequence("wuxi-iot-cluster", "wuxi-photovoltaic-cluster");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "bogus", "name,sideways", "city,desc,extra", ",", "name,", "%27%3B--", "region,asc",
			"slug,desc", "country.name,asc" })
	void fallsBackToTheOrderByNameForAnUnknownSort(String sort) throws Exception {
		Document page = pages.html("/clusters?sort=" + sort);
		assertThat(names(page)).containsExactlyElementsOf(ALL_BY_NAME);
		assertThat(page.selectFirst("#filter-sort option[selected]").val()).isEqualTo("name,asc");
	}

	@Test
	void marksTheSortedColumnAndLinksEachHeaderToItsNextOrderKeepingTheFilters() throws Exception {
		Element head = pages.html("/clusters?sector=C&sort=city,desc&page=2").selectFirst("main thead");
		assertThat(head.select("th[aria-sort]")).singleElement()
			.satisfies((th) -> assertThat(th.attr("aria-sort")).isEqualTo("descending"))
			.satisfies((th) -> assertThat(th.text()).startsWith("City"));
		assertThat(head.select("th a").eachAttr("href")).containsExactly("/clusters?sector=C",
				"/clusters?sector=C&sort=city,asc", "/clusters?sector=C&sort=country,asc");
		assertThat(head.select("th").eachText()).containsExactly("Name ↕", "City ▼", "Region", "Country ↕", "Sectors");
	}

	@Test
	void preFillsTheFilterFormFromTheUrl() throws Exception {
		Document page = pages.html("/clusters?country=china&region=yangtze-river-delta&sector=J62&sort=city,desc");
		Element form = page.selectFirst("main form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/clusters");
		assertThat(form.select("select").eachAttr("name")).containsExactly("country", "region", "sector", "field",
				"sort");
		for (Element select : form.select("select")) {
			assertThat(form.select("label[for=" + select.id() + "]")).as("label of %s", select.attr("name")).hasSize(1);
		}
		assertThat(selected(form, "country")).isEqualTo("china");
		assertThat(selected(form, "region")).isEqualTo("yangtze-river-delta");
		assertThat(selected(form, "sector")).isEqualTo("J62");
		assertThat(selected(form, "field")).isEmpty();
		assertThat(selected(form, "sort")).isEqualTo("city,desc");
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Show clusters");
	}

	@Test
	void loadsTheFormsChoicesFromTheDatabase() throws Exception {
		Element form = pages.html("/clusters").selectFirst("main form");
		assertThat(form.select("select[name=country] option").eachAttr("value")).containsExactly("", "china");
		assertThat(form.select("select[name=region] optgroup").eachAttr("label")).containsExactly("China");
		assertThat(form.select("select[name=region] option").eachAttr("value")).containsExactly("", "pearl-river-delta",
				"yangtze-river-delta", "beijing-tianjin-hebei");
		assertThat(form.select("select[name=sector] option").eachAttr("value")).containsSubsequence("", "C", "C10",
				"C29", "D", "D35", "J", "J61", "J62", "Q", "Q86", "S", "S94");
		assertThat(form.selectFirst("select[name=sector] option[value=C29]").wholeText())
			.isEqualTo("\u00a0\u00a0\u00a0C29 Manufacture of motor vehicles, trailers and semi-trailers");
		assertThat(form.select("select[name=field] option").eachAttr("value")).containsExactly("", "A", "A61", "E",
				"E03", "Y", "Y04");
		assertThat(form.select("select[name=sort] option").eachAttr("value")).containsExactly("name,asc", "name,desc",
				"city,asc", "city,desc", "country,asc", "country,desc");
	}

	@Test
	void showsTheActiveFiltersEachWithALinkThatRemovesIt() throws Exception {
		Element active = pages.html("/clusters?region=yangtze-river-delta&sector=J62&sort=city,asc")
			.selectFirst("main .active-filters");
		assertThat(active.select("li > span").eachText()).containsExactly("Region: Yangtze River Delta",
				"Sector: J62 Computer programming, consultancy and related activities");
		assertThat(active.select("li a").eachAttr("href")).containsExactly("/clusters?sector=J62&sort=city,asc",
				"/clusters?region=yangtze-river-delta&sort=city,asc");
		assertThat(active.select("li a").first().attr("aria-label"))
			.isEqualTo("Remove the filter Region: Yangtze River Delta");
		assertThat(active.selectFirst("a.active-filters__clear").attr("href")).isEqualTo("/clusters?sort=city,asc");
		assertThat(pages.html("/clusters").select("main .active-filters")).isEmpty();
	}

	@Test
	void linksTheCsvExportWithTheSameFiltersAndOrder() throws Exception {
		Document page = pages.html("/clusters?sector=C&sort=city,desc&page=1&utm_source=x");
		assertThat(page.selectFirst("main .download a").attr("href"))
			.isEqualTo("/clusters.csv?sector=C&sort=city,desc");
		assertThat(page.selectFirst("main .download").text())
			.isEqualTo("Download these clusters as CSV (all 7 clusters, for a spreadsheet)");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sector=XYZ                                | sector
			sector=C99                                | sector
			field=Z99                                 | field
			country=narnia                            | country
			country=japan                             | country
			region=atlantis                           | region
			sector=%3Cscript%3Ealert(1)%3C/script%3E  | sector
			""")
	void leavesOutAnUnknownFilterValueAndSaysSo(String query, String param) throws Exception {
		String html = html("/clusters?" + query);
		Document page = Jsoup.parse(html);
		assertThat(names(page)).containsExactlyElementsOf(ALL_BY_NAME);
		assertThat(page.select("main .notices li").text()).startsWith("The ")
			.endsWith("not filtered by " + (param.equals("field") ? "technology field" : param) + ".");
		assertThat(page.select("main .active-filters")).isEmpty();
		assertThat(html).doesNotContain("<script>");
	}

	@Test
	void keepsTheKnownFiltersWhenAnotherIsUnknown() throws Exception {
		Document page = pages.html("/clusters?sector=C29&region=atlantis");
		assertThat(slugs(page)).containsExactly("chongqing-automobile-cluster", "guangzhou-automobile-city-cluster");
		assertThat(page.select("main .active-filters li > span").eachText())
			.containsExactly("Sector: C29 Manufacture of motor vehicles, trailers and semi-trailers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-3", "abc", "999", "1.5", "", "99999999999999999999", "2&page=3", "%00" })
	void showsAListForAnyPageParameter(String page) throws Exception {
		assertThat(names(pages.html("/clusters?page=" + page))).containsExactlyElementsOf(ALL_BY_NAME);
	}

	@Test
	void neverGivesAnErrorPageForOddParameters() throws Exception {
		for (String query : List.of("country=&region=&sector=&field=&sort=", "sector=C29&sector=J62",
				"region=%E2%98%83", "field=%00", "sort=%E2%98%83%22%3E%3Cscript%3E", "page=%2B1")) {
			assertThat(html("/clusters?" + query)).as(query).doesNotContain("<script>");
		}
	}

	@Test
	void offersTheDirectoryInTheMainNavigation() throws Exception {
		assertThat(pages.html("/").select("header nav a[href=/clusters]").text()).isEqualTo("Clusters");
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static List<String> names(Document page) {
		return page.select("main tbody th[scope=row]").eachText();
	}

	static List<String> slugs(Document page) {
		return page.select("main tbody tr").eachAttr("data-slug");
	}

	private static Element row(Document page, String slug) {
		return page.selectFirst("main tbody tr[data-slug=" + slug + "]");
	}

	private static String selected(Element form, String name) {
		Element option = form.selectFirst("select[name=" + name + "] option[selected]");
		return (option != null) ? option.val() : "";
	}

}
