package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
	void everyKeyFactNamesTheOriginalPagesKeyFacts() throws Exception {
		Elements facts = pages.html("/countries/china").select("#key-facts .key-fact");
		assertThat(facts).hasSize(6)
			.allSatisfy((fact) -> assertThat(fact.select("dd.key-fact__source").text()).isEqualTo(KEY_FACTS));
	}

	@Test
	void everyCodeOnThePageIsFollowedByTheSourceOfItsList() throws Exception {
		Elements codes = pages.html("/countries/china").select("main .term");
		assertThat(codes).hasSizeGreaterThan(20).allSatisfy((code) -> {
			Element note = code.closest("ul.terms").nextElementSibling();
			assertThat(note).as("note after %s", code.text()).isNotNull();
			assertThat(note.className()).isEqualTo("provenance");
			assertThat(note.text()).startsWith("Source: ");
		});
	}

	@Test
	void everyKnownFigureAndEveryListOfTargetsInTheTableHasItsSource() throws Exception {
		Elements rows = pages.html("/countries/china").select("#partnerships tbody tr");
		assertThat(rows).hasSize(12).allSatisfy((row) -> {
			Element targets = row.select("td").get(3);
			assertThat(targets.select(".provenance").text()).startsWith("Source: ");
			for (Element figure : row.select("td.number")) {
				boolean known = figure.select(".visually-hidden").isEmpty();
				assertThat(figure.select(".provenance").text()).isEqualTo(known ? TABLE : "");
			}
		});
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
