package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every key fact, code and figure on the China page says where it comes from, in text
 * next to it, and what the seeds do not state is marked as the editors' classification.
 */
@PortalIntegrationTest
class CountryPageProvenanceTests {

	private static final String KEY_FACTS = "Source: ECCP country page, key facts";

	private static final String TABLE = "Source: ECCP country page, ESCP-4i table";

	private static final List<String> BRIEFING_ONLY = List.of("AdPack²", "DIA", "EC2i", "ELBE", "FoodNet",
			"MobiGoIn-Action", "SPACE2IDGO");

	@Autowired
	WebPages pages;

	@Test
	void theKeyFactsNameTheOriginalPagesKeyFactsOnceForTheBlock() throws Exception {
		Element block = pages.html("/countries/china").getElementById("key-facts");
		assertThat(block.select(".key-fact")).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.select(".provenance")).isEmpty());
		assertThat(block.select(".key-facts__sources dt").eachText())
			.containsExactly("Capital, Population, Total area, GDP per capita, Gross domestic product (GDP), Currency");
		assertThat(block.select(".key-facts__sources dd").eachText()).containsExactly(KEY_FACTS);
	}

	@Test
	void everyCodeOutsideTheTableIsFollowedByTheSourceOfItsList() throws Exception {
		List<Element> codes = pages.html("/countries/china")
			.select("main .term")
			.stream()
			.filter((code) -> code.closest("table") == null)
			.toList();
		assertThat(codes).hasSizeGreaterThan(10).allSatisfy((code) -> {
			Element note = code.closest("ul.terms").nextElementSibling();
			assertThat(note).as("note after %s", code.text()).isNotNull();
			assertThat(note.className()).isEqualTo("provenance");
			assertThat(note.text()).startsWith("Source: ");
		});
	}

	@Test
	void everyEntryOfTheTableHasItsSourceOnceInItsCellOrOnceForItsColumn() throws Exception {
		Document page = pages.html("/countries/china");
		Elements rows = page.select("#partnerships tbody tr");
		assertThat(rows).hasSize(12);
		Map<String, String> shared = new HashMap<>();
		page.select("#partnerships-sources div")
			.forEach((source) -> shared.put(source.selectFirst("dt").text(), source.selectFirst("dd").text()));
		// The counts all come from the table: said once, not in each of 24 cells.
		assertThat(shared).containsEntry("No. of SMEs involved and of partners", TABLE);
		assertThat(page.select("#partnerships td.number .provenance")).isEmpty();
		for (Element row : rows) {
			for (Element cell : row.select("td:has(ul)")) {
				String column = cell.attr("data-label");
				assertThat(cell.select(".provenance").size() + (shared.containsKey(column) ? 1 : 0))
					.as("sources of %s in %s", column, row.attr("data-acronym"))
					.isEqualTo(1);
			}
		}
	}

	@Test
	void whatTheSeedsDoNotStateIsMarkedAsEditorialClassification() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("#cluster-landscape .card .provenance")).hasSize(11)
			.allSatisfy((note) -> assertThat(note.text()).startsWith("Source: editorial classification"));
		assertThat(sectorsNote(page, "NF4")).startsWith("Source: editorial classification");
		assertThat(sectorsNote(page, "MAGIA2Market")).isEqualTo(TABLE);
		assertThat(sectorsNote(page, "GIVE")).startsWith(TABLE + ": S94; C29 is an editorial classification");
		for (String acronym : BRIEFING_ONLY) {
			Element row = row(page, acronym);
			assertThat(sectorsNote(page, acronym)).startsWith("Source: editorial classification");
			assertThat(row.select("td").get(3).select("a").eachText()).containsExactly("China");
			assertThat(row.select("td").get(3).select(".provenance").text())
				.isEqualTo("Source: Preparatory Briefing, section 4.1: targets China; other targets not stated");
		}
	}

	@Test
	void theAchievementsNameThePartOfTheBriefingTheyComeFrom() throws Exception {
		assertThat(pages.html("/countries/china").select("#achievements li")).hasSize(7)
			.allSatisfy((item) -> assertThat(item.select(".provenance").text())
				.isEqualTo("Source: Preparatory Briefing, Annex A.2"));
	}

	@Test
	void theSourcesAreExplainedAtTheEndOfThePage() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("#sources dt").eachText()).containsExactly("Original country page (ECCP)",
				"Preparatory Briefing", "Editorial classification", "Other publication");
		assertThat(page.select("#sources dd").first().text()).contains("The page on China of the European Cluster");
		assertThat(page.select("nav.toc a[href=#sources]").text()).isEqualTo("Sources");
	}

	@Test
	void theDocumentsHaveOnlyTheTitlesTheSeedsGiveThem() throws Exception {
		assertThat(pages.html("/countries/china").select("#documentation h3").eachText())
			.containsExactly("Preparatory Briefing on China", "Discussion paper");
	}

	private static Element row(Document page, String acronym) {
		return page.selectFirst("#partnerships tr[data-acronym=" + acronym + "]");
	}

	private static String sectorsNote(Document page, String acronym) {
		return row(page, acronym).select("td").get(2).select(".provenance").text();
	}

}
