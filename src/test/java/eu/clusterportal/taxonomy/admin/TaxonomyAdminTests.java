package eu.clusterportal.taxonomy.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Editors maintain the sectors and technology fields through forms, and the public pages
 * follow at once. These tests commit, as the revision history is written on commit; they
 * remove the terms they add and put the demo terms back as they were.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class TaxonomyAdminTests {

	private static final List<String> TABLES = List.of("sector", "technology_field");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, List<Map<String, Object>>> demoTerms = new HashMap<>();

	@BeforeEach
	void rememberTheDemoTerms() {
		for (String table : TABLES) {
			demoTerms.put(table,
					jdbc.sql("select id, code, name, parent_id, version, updated_at, updated_by from " + table)
						.query()
						.listOfRows());
		}
	}

	@Test
	void aNewDivisionIsOnItsPublicPageUnderItsSectionAndInTheDirectoryFilters() throws Exception {
		mvc.perform(create("sectors", "c30", "Manufacture of other transport equipment", "C"))
			.andExpect(redirectedUrl("/admin/sectors"));

		Document term = pages.html(get("/sectors/C30"));
		assertThat(term.select("h1").text()).isEqualTo("C30 Manufacture of other transport equipment");
		assertThat(term.select(".breadcrumb").text()).contains("C Manufacturing");
		assertThat(pages.html(get("/sectors/C")).select("#divisions li").eachText())
			.contains("C30 Manufacture of other transport equipment");
		assertThat(pages.html(get("/clusters")).select("#filter-sector option[value=C30]").text())
			.endsWith("C30 Manufacture of other transport equipment");

		jdbc.sql("""
				insert into cluster_sector (cluster_id, sector_id)
				select c.id, s.id from cluster c, sector s
				where c.slug = 'chongqing-automobile-cluster' and s.code = 'C30'""").update();
		assertThat(pages.html(get("/clusters?sector=C30")).select("tbody th").eachText())
			.containsExactly("Chongqing automobile cluster");
		assertThat(pages.html(get("/sectors/C30")).select("#clusters li a").eachText())
			.containsExactly("Chongqing automobile cluster");

		mvc.perform(create("technology-fields", "A62", "Life-saving; fire-fighting", "A"))
			.andExpect(redirectedUrl("/admin/technology-fields"));
		assertThat(pages.html(get("/technology-fields/A62")).select("h1").text())
			.isEqualTo("A62 Life-saving; fire-fighting");
		assertThat(pages.html(get("/clusters")).select("#filter-field option[value=A62]")).hasSize(1);
		assertThat(pages.html(get("/partnerships")).select("select[name=field] option[value=A62]")).hasSize(1);
	}

	@Test
	void codesAreReadInCapitalsAndMustFitTheirSection() throws Exception {
		Document badPattern = pages.html(create("sectors", "c3", "Name", "C"));
		assertThat(badPattern.select("#code-errors").text()).isEqualTo(
				"Please write one capital letter for a section (e.g. C), or the section's letter and two digits for a division (e.g. C29).");
		assertThat(badPattern.select("#code").val()).isEqualTo("C3");
		assertThat(badPattern.select("#code").attr("aria-describedby")).isEqualTo("code-hint code-errors");

		Document noParent = pages.html(create("sectors", "c31", "Manufacture of furniture", ""));
		assertThat(noParent.select("#code").val()).isEqualTo("C31");
		assertThat(noParent.select("input[name=name]").eachAttr("value")).containsExactly("Manufacture of furniture");
		assertThat(noParent.select("#parent-errors").text())
			.isEqualTo("A division belongs to the section its code starts with: please choose section C for C31.");

		Document wrongLetter = pages.html(create("sectors", "C31", "Manufacture of furniture", "D"));
		assertThat(wrongLetter.select("#parent-errors").text())
			.isEqualTo("The division C31 belongs to section C, not D: its code starts with C.");
		assertThat(wrongLetter.select("#parent option[selected]").val()).isEqualTo("D");

		Document sectionWithParent = pages.html(create("sectors", "K", "Financial and insurance activities", "C"));
		assertThat(sectionWithParent.select("#parent-errors").text()).startsWith("A section (a code of one letter)");

		Document fieldPattern = pages.html(create("technology-fields", "B6", "Vehicles in general", "A"));
		assertThat(fieldPattern.select("#code-errors").text()).isEqualTo(
				"Please write one capital letter for a section (e.g. B), or the section's letter and two digits for a class (e.g. B60).");

		Document empty = pages.html(create("sectors", " ", "", ""));
		assertThat(empty.select("#code-errors").text()).isEqualTo("Please enter the code.");
		assertThat(empty.select("#name-errors").text()).isEqualTo("Please enter the name.");

		assertThat(count("sector")).isEqualTo(demoTerms.get("sector").size());
		assertThat(count("technology_field")).isEqualTo(demoTerms.get("technology_field").size());
	}

	@Test
	void aCodeInUseIsRefusedNamingTheTermThatHasIt() throws Exception {
		Document form = pages.html(create("sectors", "c29", "Another name", "C"));
		assertThat(form.select("#code-errors").text()).isEqualTo(
				"The code C29 is already used by “Manufacture of motor vehicles, trailers and semi-trailers”. Please choose another one.");
		assertThat(count("sector")).isEqualTo(demoTerms.get("sector").size());
	}

	@Test
	void aSectionWithDivisionsKeepsItsCode() throws Exception {
		long id = idOf("technology_field", "E");
		Document form = pages.html(edit("technology-fields", id, 0, "F", "Fixed constructions", ""));
		assertThat(form.select("#code-errors").text()).isEqualTo(
				"Section E still has classes (E03) whose codes start with E, so its code cannot change. Change or delete them first.");
		assertThat(pages.html(get("/technology-fields/E")).select("h1").text()).isEqualTo("E Fixed constructions");
	}

	@Test
	void aRenamedSectorShowsAtOnceWhereverItIsNamed() throws Exception {
		long id = idOf("sector", "C29");
		mvc.perform(edit("sectors", id, 0, "C29", "Motor vehicles and trailers", "C"))
			.andExpect(redirectedUrl("/admin/sectors"));

		assertThat(pages.html(get("/sectors/C29")).select("h1").text()).isEqualTo("C29 Motor vehicles and trailers");
		assertThat(pages.html(get("/clusters")).select("#filter-sector option[value=C29]").text())
			.endsWith("C29 Motor vehicles and trailers");
		Document china = pages.html(get("/countries/china"));
		assertThat(china.select("#partnerships tr:has(a:containsOwn(GIVE))").text())
			.contains("C29 Motor vehicles and trailers");
		assertThat(pages.html(get("/countries/china?clusters=sector")).select("svg desc").text())
			.contains("C29 Motor vehicles and trailers");
		assertThat(pages.html(get("/partnerships?sector=C29")).select("tbody").text())
			.contains("C29 Motor vehicles and trailers");
	}

	@Test
	void aNewCodeMovesThePublicPage() throws Exception {
		mvc.perform(create("sectors", "C30", "Manufacture of other transport equipment", "C"));
		long id = idOf("sector", "C30");
		Document form = pages.html(get("/admin/sectors/{id}/edit", id).with(editor("eda@example.eu")));
		assertThat(form.select("#code-hint").text()).contains("/sectors/C29: changing it changes that address");

		mvc.perform(edit("sectors", id, 0, "C33", "Repair and installation of machinery and equipment", "C"))
			.andExpect(redirectedUrl("/admin/sectors"));
		mvc.perform(get("/sectors/C30")).andExpect(status().isNotFound());
		assertThat(pages.html(get("/sectors/C33")).select("h1").text())
			.isEqualTo("C33 Repair and installation of machinery and equipment");
	}

	@Test
	void aSectorInUseCannotBeDeletedAndTheRefusalSaysWhoUsesIt() throws Exception {
		long id = idOf("sector", "C29");
		Document confirm = pages.html(get("/admin/sectors/{id}/delete", id).with(editor("eda@example.eu")));
		List<String> organisations = jdbc.sql("""
				select o.name from organisation o join organisation_sector x on x.organisation_id = o.id
				join sector s on s.id = x.sector_id where s.code = 'C29' order by o.name""").query(String.class).list();
		assertThat(organisations).isNotEmpty();
		assertThat(confirm.select("[role=alert] li").eachText()).containsExactly(
				"Clusters in this sector: Chongqing automobile cluster, Guangzhou automobile city cluster",
				"Partnerships in this sector: GIVE",
				"Organisations in this sector: " + String.join(", ", organisations));
		assertThat(confirm.select("main button")).isEmpty();
		assertThat(confirm.select("main h1").text()).isEqualTo("This sector cannot be deleted yet");
		assertThat(confirm.title()).startsWith("This sector cannot be deleted yet");
		assertThat(confirm.select("[role=alert] a.button").eachAttr("href")).containsExactly("/admin/sectors");

		Document refused = pages
			.html(post("/admin/sectors/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()));
		assertThat(refused.select("[role=alert]").text())
			.startsWith("“C29 Manufacture of motor vehicles, trailers and semi-trailers” cannot be deleted")
			.contains("Partnerships in this sector: GIVE");
		assertThat(pages.html(get("/sectors/C29")).select("#clusters li")).hasSize(2);
		assertThat(pages.html(get("/partnerships/GIVE")).text()).contains("C29");
	}

	@Test
	void aTermOnlyAPartnerRequestNamesCannotBeDeletedEither() throws Exception {
		mvc.perform(create("sectors", "C30", "Manufacture of other transport equipment", "C"));
		long sector = idOf("sector", "C30");
		long request = jdbc.sql("""
				insert into partner_request (organisation_id, direction, kind, title_en, description_en, deadline)
				values ((select min(id) from organisation), 'REQUEST', 'SUPPLIER', 'Rail components wanted', 'Details.',
				        current_date + 30)
				returning id""").query(Long.class).single();
		jdbc.sql("insert into partner_request_sector (partner_request_id, sector_id) values (?, ?)")
			.params(request, sector)
			.update();

		Document refused = pages
			.html(post("/admin/sectors/{id}/delete", sector).with(editor("eda@example.eu")).with(csrf()));

		assertThat(refused.select("[role=alert] li").eachText())
			.containsExactly("Partner requests in this sector: Rail components wanted");
		assertThat(idOf("sector", "C30")).isEqualTo(sector);
	}

	@Test
	void aSectionWithDivisionsCannotBeDeleted() throws Exception {
		long id = idOf("technology_field", "E");
		Document refused = pages
			.html(post("/admin/technology-fields/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()));
		assertThat(refused.select("[role=alert] li").eachText()).containsExactly("Classes of this section: E03");
		assertThat(pages.html(get("/technology-fields/E")).select("#divisions li").eachText())
			.containsExactly("E03 Water supply; sewerage");
	}

	@Test
	void anUnusedTermIsDeletedAfterConfirmation() throws Exception {
		mvc.perform(create("sectors", "K", "Financial and insurance activities", ""));
		long id = idOf("sector", "K");
		Document confirm = pages.html(get("/admin/sectors/{id}/delete", id).with(editor("eda@example.eu")));
		assertThat(confirm.select("main .lead").text())
			.startsWith("Really delete “K Financial and insurance activities”?");

		mvc.perform(post("/admin/sectors/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/sectors"));
		mvc.perform(get("/sectors/K")).andExpect(status().isNotFound());
		assertThat(pages.html(get("/clusters")).select("#filter-sector option[value=K]")).isEmpty();
	}

	@Test
	void everySaveIsARevisionAndAnEarlierNameCanBeRestored() throws Exception {
		long id = idOf("sector", "J61");
		mvc.perform(edit("sectors", id, 0, "J61", "Telecoms", "J")).andExpect(redirectedUrl("/admin/sectors"));

		Document history = pages.html(get("/admin/sectors/{id}/history", id).with(editor("eda@example.eu")));
		assertThat(history.select("tbody td:nth-of-type(4)").eachText()).containsExactly("Telecoms",
				"Telecommunications");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("anna@example.eu", "–");
		assertThat(history.select("tbody td:nth-of-type(5)").eachText()).containsExactly("J", "J");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/sectors/" + id + "/edit"));
		assertThat(pages.html(get("/sectors/J61")).select("h1").text()).isEqualTo("J61 Telecommunications");
		assertThat(pages.html(get("/admin/sectors/{id}/history", id).with(editor("eda@example.eu"))).select("tbody tr"))
			.hasSize(3);
	}

	@Test
	void anEarlierVersionThatNoLongerFitsIsShownInTheFormToCorrect() throws Exception {
		mvc.perform(create("sectors", "K", "Financial and insurance activities", ""));
		long id = idOf("sector", "K");
		mvc.perform(edit("sectors", id, 0, "L", "Real estate activities", ""));
		mvc.perform(create("sectors", "K", "Finance", ""));

		Document history = pages.html(get("/admin/sectors/{id}/history", id).with(editor("eda@example.eu")));
		Document form = pages
			.html(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(editor("eda@example.eu"))
				.with(csrf()));
		assertThat(form.select("[role=alert]").text()).contains("The earlier version no longer fits");
		assertThat(form.select("#code-errors").text()).startsWith("The code K is already used by “Finance”.");
		assertThat(form.select("#name").val()).isEqualTo("Financial and insurance activities");
		assertThat(pages.html(get("/sectors/L")).select("h1").text()).isEqualTo("L Real estate activities");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		long id = idOf("technology_field", "A61");
		mvc.perform(edit("technology-fields", id, 0, "A61", "Medical science", "A"))
			.andExpect(redirectedUrl("/admin/technology-fields"));
		Document refused = pages.html(edit("technology-fields", id, 0, "A61", "Hygiene", "A"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#name").val()).isEqualTo("Hygiene");
		assertThat(pages.html(get("/technology-fields/A61")).select("h1").text()).isEqualTo("A61 Medical science");
	}

	@Test
	void theListSearchesCodesAndNamesAndCountsWhatUsesEachTerm() throws Exception {
		Document list = pages.html(get("/admin/sectors?q=motor").with(editor("eda@example.eu")));
		assertThat(list.select("tbody th").eachText()).containsExactly("C29");
		assertThat(list.select("tbody td").eachText())
			.startsWith("Manufacture of motor vehicles, trailers and semi-trailers", "C Manufacturing", "2", "1");

		Document byCode = pages.html(get("/admin/technology-fields?q=e").with(editor("eda@example.eu")));
		assertThat(byCode.select("tbody th").eachText()).contains("E", "E03");

		Document all = pages.html(get("/admin/sectors").with(editor("eda@example.eu")));
		assertThat(all.select("tbody th").eachText()).startsWith("C", "C10", "C17");
		assertThat(all.select(".pagination .meta").text()).contains(String.valueOf(demoTerms.get("sector").size()));
		assertThat(pages.html(get("/admin").with(editor("eda@example.eu")))
			.select("main a[href=/admin/technology-fields]")).hasSize(1);
		mvc.perform(get("/admin/sectors")).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder create(String taxonomy, String code, String name, String parent) {
		return post("/admin/" + taxonomy).with(editor("eda@example.eu"))
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("parent", parent);
	}

	private MockHttpServletRequestBuilder edit(String taxonomy, long id, long version, String code, String name,
			String parent) {
		return post("/admin/" + taxonomy + "/" + id + "/edit").with(editor("anna@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("code", code)
			.param("name", name)
			.param("parent", parent);
	}

	private long idOf(String table, String code) {
		return jdbc.sql("select id from " + table + " where code = ?").param(code).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * The page, which must render without a missing message (Thymeleaf shows those as
	 * ??key??).
	 */

}
