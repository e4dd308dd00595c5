package eu.clusterportal.partnership.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

/**
 * Every save of a partnership is a revision an editor can restore, with the counts,
 * sectors and targeted countries it had. These tests commit, as the history is written on
 * commit, and remove their partnerships and revisions afterwards.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class PartnershipHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsEverySaveWithItsAuthorAndRestoresTheEarlierTargetsAndCounts() throws Exception {
		mvc.perform(create("anna@example.eu")).andExpect(redirectedUrl("/admin/partnerships"));
		long id = id("HIST");
		mvc.perform(post("/admin/partnerships/{id}/edit", id).with(user("bruno@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("acronym", "HIST")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "History partnership")
			.param("smesInvolved", "999")
			.param("sectors", "J62")
			.param("targetCountries", "japan")).andExpect(redirectedUrl("/admin/partnerships"));
		assertThat(acronymsOn("/countries/china")).doesNotContain("HIST");

		Document history = page("/admin/partnerships/" + id + "/history");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("bruno@example.eu",
				"anna@example.eu");
		assertThat(history.select("tbody td:nth-of-type(2)").eachText()).containsExactly("Changed", "Created");
		assertThat(history.select("tbody td:nth-of-type(7)").eachText()).containsExactly("Japan", "China");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(user("anna@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/partnerships/" + id + "/edit"));

		Document china = page("/countries/china?sort=smes,desc");
		assertThat(china.select("#partnerships tr[data-acronym=HIST] td").eachText()).contains(
				"C10 Manufacture of food products Source: editorial classification",
				"China Source: Preparatory Briefing", "650 Source: Preparatory Briefing",
				"12 Source: Preparatory Briefing");
		assertThat(acronymsOn("/countries/japan")).doesNotContain("HIST");
		assertThat(page("/admin/partnerships/" + id + "/history").select("tbody tr")).hasSize(3);
	}

	@Test
	void aVersionWhoseAcronymIsTakenNowIsNotRestored() throws Exception {
		mvc.perform(create("anna@example.eu")).andExpect(redirectedUrl("/admin/partnerships"));
		long id = id("HIST");
		mvc.perform(post("/admin/partnerships/{id}/edit", id).with(user("anna@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("acronym", "HIST2")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "Renamed")
			.param("targetCountries", "china")).andExpect(redirectedUrl("/admin/partnerships"));
		mvc.perform(create("bruno@example.eu")).andExpect(redirectedUrl("/admin/partnerships"));

		String restore = page("/admin/partnerships/" + id + "/history").select("tbody tr:nth-child(2) form")
			.attr("action");
		assertThat(page(post(restore).with(csrf())).select("[role=alert]").text())
			.startsWith("This version cannot be restored: another partnership has its acronym now.");
		assertThat(jdbc.sql("select acronym from partnership where id = ?").param(id).query(String.class).single())
			.isEqualTo("HIST2");
	}

	@Test
	void aVersionTargetingACountryDeletedSinceIsNotRestored() throws Exception {
		mvc.perform(post("/admin/countries").with(user("anna@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("name", "Atlantis")).andExpect(redirectedUrl("/admin/countries/atlantis"));
		mvc.perform(create("anna@example.eu").param("targetCountries", "atlantis"))
			.andExpect(redirectedUrl("/admin/partnerships"));
		long id = id("HIST");
		mvc.perform(post("/admin/partnerships/{id}/edit", id).with(user("anna@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("acronym", "HIST")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "History partnership")
			.param("targetCountries", "china")).andExpect(redirectedUrl("/admin/partnerships"));
		mvc.perform(post("/admin/countries/atlantis/delete").with(user("anna@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/countries"));

		Document history = page("/admin/partnerships/" + id + "/history");
		assertThat(history.select("tbody td:nth-of-type(7)").eachText()).containsExactly("China", "Atlantis, China");
		assertThat(page(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(csrf()))
			.select("[role=alert]")
			.text())
			.startsWith("This version cannot be restored: a country, cluster, sector or technology field it names");
		assertThat(acronymsOn("/countries/china")).contains("HIST");
	}

	private static MockHttpServletRequestBuilder create(String editor) {
		return post("/admin/partnerships").with(user(editor).roles("EDITOR"))
			.with(csrf())
			.param("acronym", "HIST")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "History partnership")
			.param("smesInvolved", "650")
			.param("partners", "12")
			.param("sectors", "C10")
			.param("targetCountries", "china");
	}

	private long id(String acronym) {
		return jdbc.sql("select id from partnership where acronym = ?").param(acronym).query(Long.class).single();
	}

	private List<String> acronymsOn(String url) throws Exception {
		return page(url).select("#partnerships tbody th").eachText();
	}

	private Document page(String url) throws Exception {
		return page(get(url));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return pages.html(request.with(editor("anna@example.eu")));
	}

}
