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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors maintain news through forms. These tests commit, as the revision history is
 * written on commit, and remove their news afterwards.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class NewsAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftIsOnlyInTheEditorsPreviewUntilItIsPublished() throws Exception {
		create("Cluster mission to Shenzhen", "DRAFT");
		assertThat(newsOnChinaPage(null, "")).isEmpty();
		assertThat(newsOnChinaPage(null, "?preview=true")).isEmpty();
		Document preview = pages.html(get("/countries/china?preview=true").with(editor("eda@example.eu")));
		assertThat(preview.select("#news h3").eachText()).containsExactly("Cluster mission to Shenzhen");
		assertThat(preview.select("#news .badge").text()).isEqualTo("Draft");

		long id = idOf("Cluster mission to Shenzhen");
		mvc.perform(edit(id, 0, "Cluster mission to Shenzhen", "PUBLISHED", editor("eda@example.eu")))
			.andExpect(redirectedUrl("/admin/news"));
		assertThat(newsOnChinaPage(null, "")).containsExactly("Cluster mission to Shenzhen");
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndWhatWasTypedIsKept() throws Exception {
		Document form = pages.html(post("/admin/news").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("channel", "COUNTRY")
			.param("title", "")
			.param("publishedOn", "31/02/2026")
			.param("url", "javascript:alert(1)")
			.param("summary", "Kept summary")
			.param("status", "PUBLISHED"));
		assertThat(form.select("#title-errors").text()).isEqualTo("Please enter a title.");
		assertThat(form.select("#publishedOn-errors").text()).isEqualTo("Please enter a real date as YYYY-MM-DD.");
		assertThat(form.select("#url-errors").text()).startsWith("Please enter a web address");
		assertThat(form.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(form.select("#url").val()).isEqualTo("javascript:alert(1)");
		assertThat(jdbc.sql("select count(*) from news_item").query(Long.class).single()).isZero();
	}

	@Test
	void aPartnershipThatDoesNotExistIsReportedAtItsFieldAndWhatWasTypedIsKept() throws Exception {
		Document form = pages.html(post("/admin/news").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("channel", "ESCP4I")
			.param("partnership", "GONE")
			.param("title", "Partnership news")
			.param("publishedOn", "2026-05-01")
			.param("status", "DRAFT"));
		assertThat(form.select("#partnership-errors").text())
			.isEqualTo("This partnership does not exist (any more). Please choose another.");
		assertThat(form.select("#title").val()).isEqualTo("Partnership news");
		assertThat(jdbc.sql("select count(*) from news_item").query(Long.class).single()).isZero();
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		create("Original title", "PUBLISHED");
		long id = idOf("Original title");
		mvc.perform(edit(id, 0, "First editor's title", "PUBLISHED", editor("first@example.eu")))
			.andExpect(redirectedUrl("/admin/news"));
		Document refused = pages.html(edit(id, 0, "Second editor's title", "PUBLISHED", editor("second@example.eu")));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#title").val()).isEqualTo("Second editor's title");
		assertThat(newsOnChinaPage(null, "")).containsExactly("First editor's title");
	}

	@Test
	void everySaveIsARevisionWithItsAuthorAndAnEarlierOneCanBeRestored() throws Exception {
		create("Version one", "PUBLISHED");
		long id = idOf("Version one");
		mvc.perform(edit(id, 0, "Version two", "PUBLISHED", editor("second@example.eu")));
		Document history = pages.html(get("/admin/news/{id}/history", id).with(editor("eda@example.eu")));
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Version two", "Version one");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("second@example.eu",
				"eda@example.eu");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/news/" + id + "/edit"));
		assertThat(newsOnChinaPage(null, "")).containsExactly("Version one");
		assertThat(pages.html(get("/admin/news/{id}/history", id).with(editor("eda@example.eu"))).select("tbody tr"))
			.hasSize(3);
	}

	@Test
	void deletingAsksFirstAndThenRemovesTheItemFromThePublicPage() throws Exception {
		create("To be deleted", "PUBLISHED");
		long id = idOf("To be deleted");
		Document confirm = pages.html(get("/admin/news/{id}/delete", id).with(editor("eda@example.eu")));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “To be deleted”?");
		mvc.perform(post("/admin/news/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/news"));
		assertThat(newsOnChinaPage(null, "")).isEmpty();
	}

	@Test
	void theListSearchesTitlesAndNeedsSignIn() throws Exception {
		create("Shenzhen matchmaking", "PUBLISHED");
		create("Beijing workshop", "DRAFT");
		Document list = pages.html(get("/admin/news?q=SHENZHEN").with(editor("eda@example.eu")));
		assertThat(list.select("tbody th").eachText()).containsExactly("Shenzhen matchmaking");
		mvc.perform(get("/admin/news")).andExpect(redirectedUrl("/login"));
	}

	private void create(String title, String status) throws Exception {
		mvc.perform(post("/admin/news").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("channel", "COUNTRY")
			.param("title", title)
			.param("publishedOn", "2026-11-01")
			.param("status", status)).andExpect(redirectedUrl("/admin/news"));
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String title, String status,
			RequestPostProcessor who) {
		return post("/admin/news/{id}/edit", id).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "china")
			.param("channel", "COUNTRY")
			.param("title", title)
			.param("publishedOn", "2026-11-01")
			.param("status", status);
	}

	private List<String> newsOnChinaPage(RequestPostProcessor who, String query) throws Exception {
		MockHttpServletRequestBuilder request = get("/countries/china" + query);
		return pages.html((who != null) ? request.with(who) : request).select("#news h3").eachText();
	}

	private long idOf(String title) {
		return jdbc.sql("select id from news_item where title = ?").param(title).query(Long.class).single();
	}

}
