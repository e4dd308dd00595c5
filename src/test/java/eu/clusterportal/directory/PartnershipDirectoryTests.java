package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class PartnershipDirectoryTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void listsAllPartnershipsBySmesLikeTheOriginalWithLinksToTheirPages() throws Exception {
		Document page = pages.html("/partnerships");
		assertThat(page.select("main h1").text()).isEqualTo("ESCP-4i partnerships");
		assertThat(acronyms(page)).containsExactly("MAGIA2Market", "NF4", "GIVE", "EnW", "eT4S", "AdPack²", "DIA",
				"EC2i", "ELBE", "FoodNet", "MobiGoIn-Action", "SPACE2IDGO");
		assertThat(page.select("#partnerships tbody th a").get(5).attr("href")).isEqualTo("/partnerships/AdPack%C2%B2");
		assertThat(page.select(".pagination .meta").text()).isEqualTo("Showing 1–12 of 12");
		assertThat(page.select(".pagination ul")).isEmpty();
	}

	@Test
	void saysItListsThePartnershipsOfThePortalsCountriesNotAllThereAre() throws Exception {
		String lead = pages.html("/partnerships").select("main p.lead").text();
		assertThat(lead).doesNotContain("All European").contains("target one of its partner countries");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			country=japan                   | MAGIA2Market
			country=united-states           | MAGIA2Market NF4 EnW eT4S
			sector=J                        | DIA SPACE2IDGO
			sector=S94                      | GIVE eT4S
			sector=C                        | NF4 GIVE AdPack²
			sector=C29                      | GIVE
			field=Y04                       | eT4S
			field=A                         | MAGIA2Market
			country=united-states&sector=S94 | eT4S
			country=canada&sector=C&field=  | NF4
			sector=S94&field=Y04&country=taiwan | eT4S
			""")
	void filtersByTargetedCountrySectorAndTechnologyField(String query, String expected) throws Exception {
		assertThat(acronyms(pages.html("/partnerships?" + query))).containsExactly(expected.split(" "));
	}

	@Test
	void preFillsTheFilterFormFromTheUrl() throws Exception {
		Document page = pages.html("/partnerships?country=china&sector=J&sort=smes,desc");
		assertThat(page.select("form.filter-panel").attr("method")).isEqualTo("get");
		assertThat(page.select("form.filter-panel select").eachAttr("id"))
			.allSatisfy((id) -> assertThat(page.select("label[for=" + id + "]").text()).isNotBlank());
		assertThat(page.select("#filter-country option[selected]").text()).isEqualTo("China");
		assertThat(page.select("#filter-sector option[selected]").text()).isEqualTo("J Information and communication");
		assertThat(page.select("#filter-field option[selected]")).isEmpty();
		assertThat(page.select("form.filter-panel input[name=sort]").val()).isEqualTo("smes,desc");
		assertThat(page.select("form.filter-panel button[type=submit]").text()).isEqualTo("Show partnerships");
	}

	@Test
	void keepsTheFiltersInTheSortLinksAndTheCsvLink() throws Exception {
		Document page = pages.html("/partnerships?sector=C&country=china&sort=smes,desc&page=1&utm=x");
		assertThat(acronyms(page)).containsExactly("GIVE", "NF4", "AdPack²");
		assertThat(page.select("#partnerships thead th a").eachAttr("href")).containsExactly(
				"/partnerships?country=china&sector=C&sort=acronym,asc#partnerships",
				"/partnerships?country=china&sector=C&sort=name,asc#partnerships",
				"/partnerships?country=china&sector=C&sort=smes,asc#partnerships",
				"/partnerships?country=china&sector=C&sort=partners,desc#partnerships");
		assertThat(page.select("a:contains(CSV)").attr("href"))
			.isEqualTo("/partnerships.csv?country=china&sector=C&sort=smes,desc");
	}

	@Test
	void showsAFriendlyEmptyStateWhenNothingMatches() throws Exception {
		Document page = pages.html("/partnerships?country=brazil&sector=J");
		assertThat(page.select("#partnerships table")).isEmpty();
		assertThat(page.select("#partnerships .empty-state").text())
			.isEqualTo("No partnership matches these filters. Try fewer filters.");
		assertThat(page.select("#partnerships a:contains(Clear the filters)").attr("href")).isEqualTo("/partnerships");
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=-3", "page=abc", "page=999", "page=99999999999", "page=2147483647",
			"page=", "sort=bogus", "sort=smes,up", "page=1&page=2", "country=", "sector=%27%3B--" })
	void neverAnswersBadParametersWithAnErrorPage(String query) throws Exception {
		assertThat(acronyms(pages.html("/partnerships?" + query))).hasSize(12).first().isEqualTo("MAGIA2Market");
	}

	@ParameterizedTest
	@ValueSource(strings = { "country=narnia", "sector=ZZ", "sector=j", "field=Q99" })
	void ignoresUnknownFilterValuesAndSaysSo(String query) throws Exception {
		Document page = pages.html("/partnerships?" + query);
		assertThat(acronyms(page)).hasSize(12);
		assertThat(page.select(".notice").text()).contains("have been ignored");
		assertThat(page.select("form.filter-panel option[selected]")).isEmpty();
	}

	@Test
	void pagesTwentyPartnershipsAtATimeKeepingFiltersAndSort() throws Exception {
		Country japan = entityManager.createQuery("select c from Country c where c.slug = 'japan'", Country.class)
			.getSingleResult();
		for (int i = 1; i <= 25; i++) {
			Partnership partnership = new Partnership("Test%02d".formatted(i), "Test " + i, i, null);
			partnership.addTargetCountry(japan);
			entityManager.persist(partnership);
		}
		entityManager.flush();

		Document first = pages.html("/partnerships?country=japan&sort=smes,desc");
		assertThat(acronyms(first)).hasSize(20).startsWith("MAGIA2Market", "Test25", "Test24").endsWith("Test07");
		assertThat(first.select(".pagination .meta").text()).isEqualTo("Showing 1–20 of 26");
		assertThat(first.select(".pagination a").eachAttr("href")).containsExactly(
				"/partnerships?country=japan&sort=smes,desc&page=1",
				"/partnerships?country=japan&sort=smes,desc&page=2",
				"/partnerships?country=japan&sort=smes,desc&page=2");
		assertThat(first.select(".pagination a[aria-current=page]").text()).isEqualTo("1");

		Document second = pages.html("/partnerships?country=japan&sort=smes,desc&page=2");
		assertThat(acronyms(second)).containsExactly("Test06", "Test05", "Test04", "Test03", "Test02", "Test01");
		assertThat(second.select(".pagination .meta").text()).isEqualTo("Showing 21–26 of 26");
		assertThat(second.select("#partnerships thead th a").first().attr("href"))
			.isEqualTo("/partnerships?country=japan&sort=acronym,asc#partnerships");

		assertThat(acronyms(pages.html("/partnerships?country=japan&sort=smes,desc&page=7")))
			.isEqualTo(acronyms(second));
		assertThat(acronyms(pages.html("/partnerships?page=2"))).hasSize(17);
	}

	@Test
	void runsAsManyStatementsWhateverTheNumberOfRowsAndTerms() throws Exception {
		addPartnershipsTargetingJapan(0, 25);
		long before = statementsFor("/partnerships?country=japan&sort=smes,desc");
		addPartnershipsTargetingJapan(25, 60);
		long after = statementsFor("/partnerships?country=japan&sort=smes,desc&page=2");
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(6);
	}

	private void addPartnershipsTargetingJapan(int from, int to) {
		Country japan = entityManager.createQuery("select c from Country c where c.slug = 'japan'", Country.class)
			.getSingleResult();
		Sector sector = entityManager.createQuery("select s from Sector s where s.code = 'J62'", Sector.class)
			.getSingleResult();
		TechnologyField field = entityManager
			.createQuery("select t from TechnologyField t where t.code = 'Y04'", TechnologyField.class)
			.getSingleResult();
		for (int i = from; i < to; i++) {
			Partnership partnership = new Partnership("Count" + i, "Count " + i, i, i);
			partnership.addTargetCountry(japan);
			partnership.addSector(sector);
			partnership.addTechnologyField(field);
			entityManager.persist(partnership);
		}
	}

	private long statementsFor(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.statementsFor(get(url));
	}

	static List<String> acronyms(Document page) {
		return page.select("#partnerships tbody th[scope=row]").eachText();
	}

}
