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
	void theKeyFactsNameTheOriginalPagesKeyFactsOncePerNote() throws Exception {
		Element block = pages.html("/countries/china").getElementById("key-facts");
		assertThat(block.select(".key-fact")).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.select(".provenance")).isEmpty());
		assertThat(String.join(", ", block.select(".key-facts__sources dt").eachText()).split(", "))
			.containsExactlyInAnyOrder("Capital", "Population", "Total area", "GDP per capita",
					"Gross domestic product (GDP)", "Currency");
		assertThat(block.select(".key-facts__sources dd").eachText())
			.allSatisfy((note) -> assertThat(note).startsWith(KEY_FACTS));
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
		assertThat(page.select("#cluster-landscape .card .card__sectors > .provenance")).hasSize(11)
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
	void everyKeyFactTheEditorsCorrectedOrCompletedSaysWhatTheSourceWroteAndWhy() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(keyFact(page, "Population")).contains("1.357 billion")
			.contains("which write “1,357 trillion”; corrected by the editors to 1.357 billion");
		assertThat(keyFact(page, "Total area")).contains("which write “9,597 millions km²”; corrected by the editors");
		assertThat(keyFact(page, "Currency")).contains("(CNY)")
			.contains("which name it “Yuan”; completed by the editors with its ISO 4217 code, CNY");
	}

	@Test
	void codesAndNamesTheEditorsCompletedOrCorrectedSaySo() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(row(page, "MAGIA2Market").select("td").get(1).select(".provenance").text())
			.contains("only the class description", "the code A61 completed by the editors");
		assertThat(row(page, "EnW").select("td").get(1).select(".provenance").text())
			.contains("only the class description", "the code E03 completed by the editors");
		assertThat(pages.html("/partnerships/GIVE").select("main > p .provenance").text())
			.isEqualTo("Source: editorial classification, description written by the editors from the ESCP-4i table "
					+ "and the briefing's section 4.1; the table writes the name “Green Ict deVElopment” "
					+ "(capitals marking the acronym), corrected to “Green ICT Development”");
		assertThat(page.select("#economic-context .prose").text()).contains(
				"NEV sales 1.2 million units (+61.7%; the briefing writes \"1.2 units\", completed by the editors");
	}

	@Test
	void bothAmountsTheBriefingGivesForTheCoFundingAreShownWithTheirPlaces() throws Exception {
		String cooperation = pages.html("/countries/china").select("#cooperation-opportunities .prose").text();
		assertThat(cooperation).contains("¥200 million", "€28.57 million in its section 2.2",
				"\"more than €25 million per year\" (for \"200 Million RMB\") in its Annex A.1");
	}

	@Test
	void whatTheEditorsInferredAboutPlacesSaysSo() throws Exception {
		Document page = pages.html("/countries/china");
		Elements places = page.select("#cluster-landscape .card .meta .provenance");
		assertThat(places).hasSize(11)
			.allSatisfy((note) -> assertThat(note.text()).contains("map place: the city centre"));
		assertThat(page.select("#cluster-landscape .card:contains(Dalian) .meta .provenance").text())
			.startsWith("Source: editorial classification, region inferred by the editors: Dalian lies in Liaoning");
		assertThat(page.select("#cluster-landscape .card:contains(Wuxi IoT) .meta .provenance").text())
			.startsWith("Source: editorial classification, region inferred by the editors: Wuxi lies in Jiangsu");
		assertThat(page.select("#cluster-landscape .cluster-group:contains(Bohai Rim) .prose").first().text())
			.startsWith("The portal's name for this region joins the briefing's \"Beijing-Tianjin-Hebei\" and the "
					+ "original country page's \"Bohai Rim (Beijing – Tianjin – Liaoning)\"");
		assertThat(page.select("#cluster-map figcaption").text())
			.contains("The points are placed by the portal’s editors");
		assertThat(pages.html("/clusters/dalian-software-outsourcing-cluster").select("#location .provenance").text())
			.startsWith("Source: editorial classification, region inferred by the editors");
	}

	@Test
	void plansOfTheBriefingsTimeReadAsHistoryAndThePageSaysWhenItWasReviewed() throws Exception {
		Document page = pages.html("/countries/china");
		String text = page.select("main").text();
		assertThat(text)
			.contains("By 2020 China aimed to raise its R&D intensity to 2.5%",
					"at the time of the briefing, 271 of them targeted China")
			.doesNotContain("China aims", "are expected to", "will also be lifted", "is expected to grow");
		assertThat(page.select("#sources #reviewed-on").text())
			.startsWith("The editors last checked this profile against its sources on 7 December 2026.");
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

	/** A key fact's value with the note the key facts give its source in. */
	private static String keyFact(Document page, String label) {
		return page.select("#key-facts .key-fact:has(dt:containsOwn(" + label + "))").text() + " "
				+ page.select("#key-facts .key-facts__sources > div:has(dt:containsOwn(" + label + ")) dd").text();
	}

	private static Element row(Document page, String acronym) {
		return page.selectFirst("#partnerships tr[data-acronym=" + acronym + "]");
	}

	private static String sectorsNote(Document page, String acronym) {
		return row(page, acronym).select("td").get(2).select(".provenance").text();
	}

}
