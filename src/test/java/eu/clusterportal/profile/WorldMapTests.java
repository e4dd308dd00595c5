package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The country list shows the countries that partnerships target on a world map, shaded by
 * how many do, each a link to its page, with the same numbers in a table.
 */
@PortalIntegrationTest
class WorldMapTests {

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void saysThatEachPartnershipCountsOnlyForTheTargetsItsSourceNames() throws Exception {
		Element caption = pages.html("/countries").selectFirst("#world-map figcaption");
		assertThat(caption.text()).contains("Each partnership counts only for the targets its source names");
		assertThat(caption.select(".world-map__sources li").eachText()).containsExactly(
				"7 partnerships: Source: Preparatory Briefing, section 4.1: targets China; other targets not stated",
				"5 partnerships: Source: ECCP country page, ESCP-4i table");
	}

	@Test
	void namesTheSourcesOfTheTargetsInChineseOnTheChineseMap() throws Exception {
		Element caption = pages.html("/zh/countries").selectFirst("#world-map figcaption");
		assertThat(caption.select(".world-map__sources li").eachText()).hasSize(2)
			.anySatisfy((note) -> assertThat(note).contains("ESCP-4i表格"))
			.allSatisfy((note) -> assertThat(note).doesNotContain("table", "section", "not translated", "尚未翻译"));
	}

	@Test
	@Transactional
	void countsOnlyPartnershipsWithATargetUnderTheSourcesOfTheTargets() throws Exception {
		jdbc.sql("""
				delete from partnership_target_country
				where partnership_id = (select id from partnership where acronym = 'DIA')""").update();

		Element caption = pages.html("/countries").selectFirst("#world-map figcaption");
		assertThat(caption.select(".world-map__sources li")
			.stream()
			.mapToInt((li) -> Integer.parseInt(li.text().split(" ")[0]))
			.sum()).isEqualTo(11);
	}

	@Test
	void shadesEveryTargetedCountryByItsPartnershipsAndLinksItToItsPage() throws Exception {
		Element map = pages.html("/countries").selectFirst("#world-map");
		Element svg = map.selectFirst("figure svg");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 1000 391.7");
		assertThat(svg.selectFirst("title#world-map-title").text())
			.isEqualTo("World map of the countries that partnerships target");
		List<Element> links = svg.select("a");
		assertThat(links.stream().map((a) -> a.attr("href"))).containsExactlyInAnyOrder("/countries/brazil",
				"/countries/canada", "/countries/china", "/countries/colombia", "/countries/egypt", "/countries/japan",
				"/countries/mexico", "/countries/morocco", "/countries/peru", "/countries/singapore",
				"/countries/taiwan", "/countries/tunisia", "/countries/united-states");
		Element china = svg.selectFirst("a[href=/countries/china]");
		assertThat(china.attr("aria-label")).isEqualTo("China: 12 partnerships");
		assertThat(china.selectFirst("path").classNames()).containsExactlyInAnyOrder("world-map__country", "level-4");
		// 12 at most: a quarter each. The United States has 4, Canada 2, Japan 1.
		assertThat(svg.selectFirst("a[href=/countries/united-states] path").hasClass("level-2")).isTrue();
		assertThat(svg.selectFirst("a[href=/countries/canada] path").hasClass("level-1")).isTrue();
		assertThat(svg.selectFirst("a[href=/countries/japan]").attr("aria-label")).isEqualTo("Japan: 1 partnership");
		// Too small to draw at this scale: a marker.
		assertThat(svg.select("a[href=/countries/singapore] circle.world-map__country")).hasSize(1);
		// Untargeted countries are drawn, but plain and not as links.
		assertThat(svg.select("g[aria-hidden=true] path.map__area").size()).isGreaterThan(150);
		assertThat(svg.select("path.world-map__country").size() + svg.select("circle.world-map__country").size())
			.isEqualTo(13);
		assertThat(map.select(".world-map__legend li").eachText()).containsExactly("1 to 3 partnerships",
				"4 to 6 partnerships", "7 to 9 partnerships", "10 to 12 partnerships");
	}

	@Test
	void aKeyboardMeetsTheMapsLinksInTheTablesOrderAndTinyCountriesHaveALargerTarget() throws Exception {
		Element map = pages.html("/countries").selectFirst("#world-map");
		assertThat(map.select("figure svg a").eachAttr("href")).as("the map's links in the order of the table")
			.isEqualTo(map.select("table a").eachAttr("href"));
		Element singapore = map.selectFirst("svg a[href=/countries/singapore]");
		assertThat(Double.parseDouble(singapore.selectFirst("circle.world-map__target").attr("r")))
			.isGreaterThanOrEqualTo(
					3 * Double.parseDouble(singapore.selectFirst("circle.world-map__country").attr("r")));
	}

	@Test
	void listsTheSameCountriesAndNumbersInATable() throws Exception {
		Element table = pages.html("/countries").selectFirst("#world-map table");
		assertThat(table.selectFirst("caption").text())
			.isEqualTo("Countries by the number of partnerships targeting them");
		assertThat(table.select("tbody th a").eachText()).startsWith("China", "United States").hasSize(13);
		assertThat(table.select("tbody tr").first().select("td").text()).isEqualTo("12");
		assertThat(table.select("tbody tr").get(1).select("td").text()).isEqualTo("4");
	}

	@Test
	@Transactional
	void listsATargetedCountryWithoutAnOutlineAndSaysItIsNotDrawn() throws Exception {
		jdbc.sql("update country set iso_code = null where slug = 'peru'").update();
		jdbc.sql("""
				insert into partnership_target_country (partnership_id, country_id)
				select p.id, c.id from partnership p, country c where p.acronym = 'DIA' and c.slug = 'japan'""")
			.update();

		Document page = pages.html("/countries");
		Element map = page.selectFirst("#world-map");
		assertThat(map.select("svg a[href=/countries/peru]")).isEmpty();
		assertThat(map.select("table a[href=/countries/peru]")).hasSize(1);
		assertThat(map.selectFirst("figcaption").text())
			.contains("One targeted country has no outline on the map; the table lists it too.");
		assertThat(map.selectFirst("svg a[href=/countries/japan]").attr("aria-label"))
			.isEqualTo("Japan: 2 partnerships");
	}

	@Test
	void costsTwoStatementsTheCountriesAndTheSourcesOfTheirTargets() throws Exception {
		assertThat(pages.statementsFor(get("/countries"))).isEqualTo(2);
	}

}
