package eu.clusterportal.country.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every save of a section is a revision an editor can restore. These tests commit, as the
 * history is written on commit, and put the section back afterwards.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class SectionHistoryTests {

	static final String SECTION = "/admin/countries/china/sections/cooperation-opportunities";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsEverySaveWithItsAuthorAndRestoresAnEarlierOne() throws Exception {
		long version = version();
		save("First rewrite", version, "anna@example.eu");
		save("Second rewrite", version + 1, "bruno@example.eu");

		Document history = page(SECTION + "/history");
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Second rewrite",
				"First rewrite");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("bruno@example.eu",
				"anna@example.eu");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(user("anna@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl(SECTION));
		assertThat(page("/countries/china").select("#cooperation-opportunities .section-lead").text())
			.isEqualTo("First rewrite");
		assertThat(page(SECTION + "/history").select("tbody tr")).hasSize(3);
	}

	private void save(String lead, long version, String editor) throws Exception {
		mvc.perform(post(SECTION).with(user(editor).roles("EDITOR"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("lead", lead)
			.param("body", "Body")
			.param("action", "save")).andExpect(redirectedUrl(SECTION));
	}

	private long version() {
		return jdbc.sql("select version from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(Long.class)
			.single();
	}

	private Document page(String url) throws Exception {
		return pages.html(get(url).with(editor("anna@example.eu")));
	}

}
