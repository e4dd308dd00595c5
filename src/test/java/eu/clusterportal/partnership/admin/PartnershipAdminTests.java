package eu.clusterportal.partnership.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class PartnershipAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewPartnershipTargetingChinaAppearsInItsSortedTable() throws Exception {
		mvc.perform(create("BIG4", "650").param("partners", "12")
			.param("technologyFields", "A61")
			.param("sectors", "Q86", "C21")
			.param("targetCountries", "china", "japan")).andExpect(redirectedUrl("/admin/partnerships"));
		Document china = pages.html(get("/countries/china?sort=smes,desc"));
		assertThat(china.select("#partnerships tbody th").eachText()).startsWith("eT4S", "BIG4", "EnW");
		assertThat(china.select("#partnerships tr[data-acronym=BIG4] td").get(2).text()).contains("C21", "Q86");
		assertThat(pages.html(get("/countries/japan")).select("#partnerships tbody th").eachText()).contains("BIG4");
	}

	@Test
	void badInputIsExplainedAndKept() throws Exception {
		Document form = pages.html(create("nf4", "-3").param("partners", "many"));
		assertThat(form.select("#acronym-errors").text())
			.isEqualTo("There is already a partnership with this acronym.");
		assertThat(form.select("#smesInvolved-errors").text()).isEqualTo("A count cannot be negative.");
		assertThat(form.select("#partners-errors").text()).isEqualTo("Please enter a whole number.");
		assertThat(form.select("#smesInvolved").val()).isEqualTo("-3");
		assertThat(form.select("#targetCountries input[checked]").eachAttr("value")).containsExactly("china");
	}

	@Test
	void aPartnershipNeedsATargetedCountry() throws Exception {
		Document form = pages.html(post("/admin/partnerships").with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("acronym", "LONE")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "Lonely partnership"));
		assertThat(form.select("#targetCountries-errors").text())
			.isEqualTo("Please choose at least one targeted country.");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefused() throws Exception {
		long id = jdbc.sql("select id from partnership where acronym = 'NF4'").query(Long.class).single();
		mvc.perform(edit(id, "First name")).andExpect(redirectedUrl("/admin/partnerships"));
		Document refused = pages.html(edit(id, "Second name"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item");
		assertThat(jdbc.sql("select name from partnership where id = ?").param(id).query(String.class).single())
			.isEqualTo("First name");
	}

	@Test
	void deletingAsksFirstThenRemovesThePartnershipFromTheTable() throws Exception {
		long id = jdbc.sql("select id from partnership where acronym = 'GIVE'").query(Long.class).single();
		assertThat(pages.html(get("/admin/partnerships/{id}/delete", id).with(user("eda@example.eu").roles("EDITOR")))
			.select("main .lead")
			.text()).startsWith("Really delete “GIVE”?");
		mvc.perform(
				post("/admin/partnerships/{id}/delete", id).with(user("eda@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/partnerships"));
		assertThat(pages.html(get("/countries/china")).select("#partnerships tbody th").eachText())
			.doesNotContain("GIVE");
	}

	@Test
	void editorsChooseTheMemberClustersThatThePartnershipPageLists() throws Exception {
		Document form = pages.html(get("/admin/partnerships/new").with(user("eda@example.eu").roles("EDITOR")));
		assertThat(form.select("#members input").eachAttr("value")).contains("wuxi-iot-cluster",
				"zhongguancun-science-park");
		assertThat(form.select("#members input[value=wuxi-iot-cluster] ~ label").text()).isEqualTo("Wuxi IoT cluster");
		assertThat(form.select("#targetCountries input[value=china] ~ label").text()).isEqualTo("China");
		assertThat(form.select("#sectors input[value=C29] ~ label").text())
			.isEqualTo("C29 Manufacture of motor vehicles, trailers and semi-trailers");
		mvc.perform(create("MEMB", "10").param("members", "zhongguancun-science-park", "wuxi-iot-cluster"))
			.andExpect(redirectedUrl("/admin/partnerships"));

		Document partnership = pages.html(get("/partnerships/MEMB"));
		assertThat(partnership.select("#members a").eachText()).containsExactly("Wuxi IoT cluster",
				"Zhongguancun Science Park (Z-Park)");
		long id = jdbc.sql("select id from partnership where acronym = 'MEMB'").query(Long.class).single();
		assertThat(pages.html(get("/admin/partnerships/{id}/edit", id).with(user("eda@example.eu").roles("EDITOR")))
			.select("#members input[checked]")
			.eachAttr("value")).containsExactly("wuxi-iot-cluster", "zhongguancun-science-park");
	}

	@Test
	void anUnknownMemberClusterIsRefused() throws Exception {
		Document form = pages.html(create("MEMB", "10").param("members", "no-such-cluster"));
		assertThat(form.select("#members-errors").text())
			.isEqualTo("One of the chosen entries does not exist (any more). Please choose again.");
	}

	@Test
	void theDescriptionIsMarkdownPreviewedSafelyAndRenderedOnThePartnershipPage() throws Exception {
		String markdown = "### Aims\n\nFood **clusters** <script>alert('x')</script> and [a link](javascript:alert(1)).";
		Document preview = pages.html(create("MDWN", "10").param("description", markdown).param("action", "preview"));
		assertThat(preview.select(".prose h3").text()).isEqualTo("Aims");
		assertThat(preview.select(".prose script")).isEmpty();
		assertThat(preview.select(".prose").text()).contains("<script>alert('x')</script>");
		assertThat(preview.select(".prose a").attr("href")).doesNotContain("javascript");
		assertThat(preview.select("#description").text()).isEqualTo(markdown);
		assertThat(jdbc.sql("select count(*) from partnership where acronym = 'MDWN'").query(Long.class).single())
			.isZero();

		mvc.perform(create("MDWN", "10").param("description", markdown).param("action", "save"))
			.andExpect(redirectedUrl("/admin/partnerships"));
		Document page = pages.html(get("/partnerships/MDWN"));
		assertThat(page.select("main .prose h3").text()).isEqualTo("Aims");
		assertThat(page.select("main .prose strong").text()).isEqualTo("clusters");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("main .prose").text()).contains("<script>alert('x')</script>");
	}

	@Test
	void theFormSaysWhoCreatedAndChangedThePartnershipAndLinksToItsHistory() throws Exception {
		mvc.perform(create("META", "10")).andExpect(redirectedUrl("/admin/partnerships"));
		long id = jdbc.sql("select id from partnership where acronym = 'META'").query(Long.class).single();
		Document form = pages
			.html(get("/admin/partnerships/{id}/edit", id).with(user("eda@example.eu").roles("EDITOR")));
		assertThat(form.select("main .meta").first().text()).startsWith("Created by eda@example.eu on");
		assertThat(form.select("main .meta a").attr("href")).isEqualTo("/admin/partnerships/" + id + "/history");

		long demo = jdbc.sql("select id from partnership where acronym = 'GIVE'").query(Long.class).single();
		Document demoForm = pages
			.html(get("/admin/partnerships/{id}/edit", demo).with(user("eda@example.eu").roles("EDITOR")));
		assertThat(demoForm.select("main .meta").first().text())
			.matches("Created on \\d+ \\w+ \\d{4} \\d\\d:\\d\\d\\..*");
	}

	private static MockHttpServletRequestBuilder create(String acronym, String smes) {
		return post("/admin/partnerships").with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("acronym", acronym)
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", "A new partnership")
			.param("smesInvolved", smes)
			.param("targetCountries", "china");
	}

	private static MockHttpServletRequestBuilder edit(long id, String name) {
		return post("/admin/partnerships/{id}/edit", id).with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("acronym", "NF4")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("figuresSource.source", "PREPARATORY_BRIEFING")
			.param("targetCountriesSource.source", "PREPARATORY_BRIEFING")
			.param("name", name)
			.param("smesInvolved", "561")
			.param("partners", "5")
			.param("sectors", "C10")
			.param("targetCountries", "brazil", "canada", "china", "united-states");
	}

}
