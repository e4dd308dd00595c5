package eu.clusterportal.content.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors maintain the achievements of country pages through forms. These tests commit,
 * as the revision history is written on commit, and remove the achievements they made
 * afterwards (the demo content has achievements of its own).
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class AchievementAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	long lastIdBefore;

	@BeforeEach
	void rememberTheAchievementsThereWere() {
		lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from achievement").query(Long.class).single();
	}

	@Test
	void aDraftIsOnlyInTheEditorsPreviewUntilItIsPublished() throws Exception {
		create("Joint battery research lab", "DRAFT");
		assertThat(achievementsOnChinaPage(get("/countries/china"))).doesNotContain("Joint battery research lab");
		assertThat(achievementsOnChinaPage(get("/countries/china?preview=true")))
			.doesNotContain("Joint battery research lab");
		Document preview = pages.html(get("/countries/china?preview=true").with(editor("eda@example.eu")));
		assertThat(preview.select("#achievements h3").eachText()).contains("Joint battery research lab");
		assertThat(preview.select("#achievements li:has(h3:contains(Joint battery research lab)) .badge").text())
			.isEqualTo("Draft");

		long id = idOf("Joint battery research lab");
		Document form = pages.html(get("/admin/achievements/{id}/edit", id).with(editor("eda@example.eu")));
		assertThat(form.select("main .meta a").eachAttr("href")).contains("/countries/china?preview=true#achievements");
		mvc.perform(edit(id, 0, "Joint battery research lab", "PUBLISHED", editor("eda@example.eu")))
			.andExpect(redirectedUrl("/admin/achievements"));
		Document china = pages.html(get("/countries/china"));
		assertThat(china.select("#achievements h3").eachText()).contains("Joint battery research lab");
		assertThat(china.select("#achievements li:has(h3:contains(Joint battery research lab)) .meta").text())
			.isEqualTo("2024–2026");
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndWhatWasTypedIsKept() throws Exception {
		Document form = pages.html(post("/admin/achievements").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("title", "")
			.param("startYear", "twenty")
			.param("endYear", "2300")
			.param("url", "ftp://example.eu/report")
			.param("summary", "Kept summary")
			.param("status", "PUBLISHED"));
		assertThat(form.select("#title-errors").text()).isEqualTo("Please enter a title.");
		assertThat(form.select("#startYear-errors").text()).isEqualTo("Please enter a year as four digits, e.g. 2019.");
		assertThat(form.select("#endYear-errors").text()).isEqualTo("Please enter a year between 1900 and 2100.");
		assertThat(form.select("#url-errors").text()).startsWith("Please enter a web address");
		assertThat(form.select("#startYear").val()).isEqualTo("twenty");
		assertThat(form.select("#url").val()).isEqualTo("ftp://example.eu/report");
		assertThat(form.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(achievementsMadeHere()).isZero();

		Document backwards = pages.html(post("/admin/achievements").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("title", "Backwards project")
			.param("startYear", "2020")
			.param("endYear", "2018")
			.param("status", "PUBLISHED"));
		assertThat(backwards.select("#endYear-errors").text())
			.isEqualTo("The end year cannot be before the start year.");
		assertThat(backwards.select("#endYear").attr("aria-describedby")).isEqualTo("endYear-errors");
		assertThat(backwards.select("#endYear").val()).isEqualTo("2018");
		assertThat(backwards.select("#title").val()).isEqualTo("Backwards project");
		assertThat(achievementsMadeHere()).isZero();
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		create("Original title", "PUBLISHED");
		long id = idOf("Original title");
		mvc.perform(edit(id, 0, "First editor's title", "PUBLISHED", editor("first@example.eu")))
			.andExpect(redirectedUrl("/admin/achievements"));
		Document refused = pages.html(edit(id, 0, "Second editor's title", "PUBLISHED", editor("second@example.eu")));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#title").val()).isEqualTo("Second editor's title");
		assertThat(achievementsOnChinaPage(get("/countries/china"))).contains("First editor's title")
			.doesNotContain("Second editor's title");
	}

	@Test
	void everySaveIsARevisionWithItsAuthorAndAnEarlierOneCanBeRestored() throws Exception {
		create("Version one", "PUBLISHED");
		long id = idOf("Version one");
		mvc.perform(edit(id, 0, "Version two", "PUBLISHED", editor("second@example.eu")))
			.andExpect(redirectedUrl("/admin/achievements"));
		Document history = pages.html(get("/admin/achievements/{id}/history", id).with(editor("eda@example.eu")));
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Version two", "Version one");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("second@example.eu",
				"eda@example.eu");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/achievements/" + id + "/edit"));
		assertThat(achievementsOnChinaPage(get("/countries/china"))).contains("Version one")
			.doesNotContain("Version two");
		assertThat(pages.html(get("/admin/achievements/{id}/history", id).with(editor("eda@example.eu")))
			.select("tbody tr")).hasSize(3);
	}

	@Test
	void deletingAsksFirstAndThenRemovesTheAchievementFromThePublicPage() throws Exception {
		create("To be deleted", "PUBLISHED");
		long id = idOf("To be deleted");
		Document confirm = pages.html(get("/admin/achievements/{id}/delete", id).with(editor("eda@example.eu")));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “To be deleted”?");
		mvc.perform(post("/admin/achievements/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/achievements"));
		assertThat(achievementsOnChinaPage(get("/countries/china"))).doesNotContain("To be deleted");
		assertThat(achievementsMadeHere()).isZero();
	}

	@Test
	void theListSearchesTitlesAndNeedsSignIn() throws Exception {
		create("Shenzhen smart city pilot", "DRAFT");
		Document list = pages.html(get("/admin/achievements").param("q", "smart CITY").with(editor("eda@example.eu")));
		assertThat(list.select("tbody th").eachText()).containsExactly("Shenzhen smart city pilot");
		assertThat(list.select("tbody tr:first-child td").eachText()).startsWith("China", "2024–2026", "Draft",
				"Missing", "eda@example.eu");
		assertThat(pages.html(get("/admin/achievements").with(editor("eda@example.eu"))).select("tbody th").eachText())
			.hasSizeGreaterThan(1);
		mvc.perform(get("/admin/achievements")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/achievements/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theListCostsTheSameStatementsHoweverManyAchievementsAndCountriesItShows() throws Exception {
		long before = statementsForTheList();
		create("japan", "Project in Japan", "DRAFT");
		create("brazil", "Project in Brazil", "PUBLISHED");
		Document list = pages.html(get("/admin/achievements").with(editor("eda@example.eu")));
		assertThat(list.select("tbody td:nth-of-type(1)").eachText()).contains("China", "Japan", "Brazil");
		assertThat(statementsForTheList()).isEqualTo(before);
	}

	private void create(String title, String status) throws Exception {
		create("china", title, status);
	}

	private void create(String country, String title, String status) throws Exception {
		mvc.perform(post("/admin/achievements").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", country)
			.param("title", title)
			.param("startYear", "2024")
			.param("endYear", "2026")
			.param("url", "https://example.eu/project")
			.param("status", status)).andExpect(redirectedUrl("/admin/achievements"));
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String title, String status,
			RequestPostProcessor who) {
		return post("/admin/achievements/{id}/edit", id).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "china")
			.param("title", title)
			.param("startYear", "2024")
			.param("endYear", "2026")
			.param("url", "https://example.eu/project")
			.param("status", status);
	}

	private List<String> achievementsOnChinaPage(MockHttpServletRequestBuilder request) throws Exception {
		return pages.html(request).select("#achievements h3").eachText();
	}

	private long statementsForTheList() throws Exception {
		return pages.statementsFor(get("/admin/achievements").with(editor("eda@example.eu")));
	}

	private long achievementsMadeHere() {
		return jdbc.sql("select count(*) from achievement where id > ?").param(lastIdBefore).query(Long.class).single();
	}

	private long idOf(String title) {
		return jdbc.sql("select id from achievement where title = ? and id > ?")
			.params(title, lastIdBefore)
			.query(Long.class)
			.single();
	}

}
