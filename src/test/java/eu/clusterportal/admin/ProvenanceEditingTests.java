package eu.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors set where a key fact, a list of codes or a figure comes from in the forms they
 * already use: a source from a list and a detail. These tests commit, as saving does.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class ProvenanceEditingTests {

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	private static final String GUANGZHOU = "#cluster-landscape .card:has(a[href=/clusters/guangzhou-automobile-city-cluster])";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClustersSectorSourceIsSavedAndShownNextToItsCodes() throws Exception {
		mvc.perform(submit(clusterForm("guangzhou-automobile-city-cluster"),
				Map.of("sectorsSource.source", "PREPARATORY_BRIEFING", "sectorsSource.detail",
						"section 3: leading clusters in the priority sectors", "action", "save")))
			.andExpect(redirectedUrl("/admin/clusters"));
		assertThat(pages.html("/countries/china").select(GUANGZHOU + " .card__sectors > .provenance").text())
			.isEqualTo("Source: Preparatory Briefing, section 3: leading clusters in the priority sectors");
		Document form = pages.html(get(clusterForm("guangzhou-automobile-city-cluster")).with(EDITOR));
		assertThat(form.select("[id='sectorsSource.source'] option[selected]").val()).isEqualTo("PREPARATORY_BRIEFING");
	}

	@Test
	void whereAClustersPlaceAndAPartnershipsDescriptionComeFromIsSavedAndShown() throws Exception {
		mvc.perform(submit(clusterForm("dalian-software-outsourcing-cluster"), Map.of("locationSource.source", "OTHER",
				"locationSource.detail", "Dalian city government", "action", "save")))
			.andExpect(redirectedUrl("/admin/clusters"));
		assertThat(pages.html("/clusters/dalian-software-outsourcing-cluster").select("#location .provenance").text())
			.isEqualTo("Source: other publication, Dalian city government");
		long dia = jdbc.sql("select id from partnership where acronym = 'DIA'").query(Long.class).single();
		mvc.perform(submit("/admin/partnerships/" + dia + "/edit", Map.of("descriptionSource.source",
				"PREPARATORY_BRIEFING", "descriptionSource.detail", "section 4.1", "action", "save")))
			.andExpect(redirectedUrl("/admin/partnerships"));
		assertThat(pages.html("/partnerships/DIA").select("main > p .provenance").text())
			.isEqualTo("Source: Preparatory Briefing, section 4.1");
	}

	@Test
	void aDescriptionSourceWithoutItsSourceIsRefused() throws Exception {
		long dia = jdbc.sql("select id from partnership where acronym = 'DIA'").query(Long.class).single();
		Document refused = pages.html(submit("/admin/partnerships/" + dia + "/edit", Map.of("descriptionSource.source",
				"", "descriptionSource.detail", "the DIA website", "action", "save")));
		assertThat(refused.select("[id='descriptionSource.source-errors']").text())
			.isEqualTo("Please choose the source this detail belongs to.");
		assertThat(refused.select("[id='descriptionSource.detail']").val()).isEqualTo("the DIA website");
	}

	@Test
	void aKeyFactFromAnotherPublicationIsSavedAndShownWithItsName() throws Exception {
		mvc.perform(submit("/admin/countries/china",
				Map.of("population.amount", "1410000000", "population.year", "2023", "population.provenance.source",
						"OTHER", "population.provenance.detail", "World Bank, World Development Indicators")))
			.andExpect(redirectedUrl("/admin/countries/china"));
		Element facts = pages.html("/countries/china").getElementById("key-facts");
		assertThat(facts.select(".key-fact:nth-child(2) dd").eachText()).containsExactly("1.41 billion (2023)");
		assertThat(facts.select(".key-facts__sources > div").eachText())
			.contains("Population Source: other publication, World Bank, World Development Indicators")
			.filteredOn((group) -> group.contains("Population"))
			.hasSize(1);
	}

	@Test
	void aPartnershipsTargetsAndFiguresKeepTheirOwnSources() throws Exception {
		long dia = jdbc.sql("select id from partnership where acronym = 'DIA'").query(Long.class).single();
		mvc.perform(
				submit("/admin/partnerships/" + dia + "/edit",
						Map.of("smesInvolved", "120", "figuresSource.source", "OTHER", "figuresSource.detail",
								"DIA's own website", "action", "save")))
			.andExpect(redirectedUrl("/admin/partnerships"));
		Element row = pages.html("/countries/china").selectFirst("#partnerships tr[data-acronym=DIA]");
		assertThat(row.select("td.number").get(0).text()).isEqualTo("120 Source: other publication, DIA's own website");
		assertThat(row.select("td").get(3).select(".provenance").text()).startsWith("Source: Preparatory Briefing");
	}

	@Test
	void aSourceThatDoesNotFitIsExplainedAndNothingTypedIsLost() throws Exception {
		String before = pages.html("/countries/china").select(GUANGZHOU).text();
		Document refused = pages.html(submit(clusterForm("guangzhou-automobile-city-cluster"),
				Map.of("name", "Renamed automobile cluster", "sectorsSource.source", "", "sectorsSource.detail",
						"the briefing, section 3", "technologyFields", "A61", "technologyFieldsSource.source", "OTHER",
						"action", "save")));
		assertThat(refused.select("[id='sectorsSource.source-errors']").text())
			.isEqualTo("Please choose the source this detail belongs to.");
		assertThat(refused.select("[id='technologyFieldsSource.detail-errors']").text())
			.isEqualTo("Please name the publication.");
		assertThat(refused.select("[role=alert] a").eachAttr("href")).contains("#sectorsSource.source",
				"#technologyFieldsSource.detail");
		assertThat(refused.select("#name").val()).isEqualTo("Renamed automobile cluster");
		assertThat(refused.select("[id='sectorsSource.detail']").val()).isEqualTo("the briefing, section 3");
		assertThat(refused.select("[id='technologyFieldsSource.source'] option[selected]").val()).isEqualTo("OTHER");
		assertThat(refused.select("input[name=technologyFields][value=A61]").hasAttr("checked")).isTrue();
		assertThat(pages.html("/countries/china").select(GUANGZHOU).text()).isEqualTo(before);
	}

	@Test
	void codesAndFiguresNeedASourceAndAnUnknownSourceIsRefused() throws Exception {
		Document refused = pages.html(submit(clusterForm("guangzhou-automobile-city-cluster"),
				Map.of("sectorsSource.source", "", "sectorsSource.detail", "", "action", "save")));
		assertThat(refused.select("[id='sectorsSource.source-errors']").text())
			.isEqualTo("Please choose where this comes from.");
		Document country = pages.html(submit("/admin/countries/china",
				Map.of("capitalSource.source", "HEARSAY", "gdp.provenance.source", "", "gdp.provenance.detail", "")));
		assertThat(country.select("[id='capitalSource.source-errors']").text())
			.isEqualTo("Please choose one of the sources listed.");
		assertThat(country.select("[id='gdp.provenance.source-errors']").text())
			.isEqualTo("Please choose where this comes from.");
		assertThat(country.select("[id='gdp.amount']").val()).isEqualTo("20853000000000");
		assertThat(pages.html("/countries/china").select("#key-facts .key-facts__sources dd").eachText())
			.allSatisfy((note) -> assertThat(note).startsWith("Source: ECCP country page, key facts"));
	}

	@Test
	void anAchievementsSourceIsOptionalButMustBeComplete() throws Exception {
		long senet = jdbc.sql("select id from achievement where title like '%(SENET)'").query(Long.class).single();
		Document refused = pages.html(submit("/admin/achievements/" + senet + "/edit",
				Map.of("source.source", "OTHER", "source.detail", "", "action", "save")));
		assertThat(refused.select("[id='source.detail-errors']").text()).isEqualTo("Please name the publication.");
		mvc.perform(submit("/admin/achievements/" + senet + "/edit",
				Map.of("source.source", "", "source.detail", "", "action", "save")))
			.andExpect(redirectedUrl("/admin/achievements"));
		assertThat(pages.html("/countries/china").select("#achievements .provenance")).hasSize(6);
	}

	private String clusterForm(String slug) {
		long id = jdbc.sql("select id from cluster where slug = ?").param(slug).query(Long.class).single();
		return "/admin/clusters/" + id + "/edit";
	}

	/**
	 * The form at the given address as the editor sees it, sent with some fields changed.
	 */
	private MockHttpServletRequestBuilder submit(String formUrl, Map<String, String> changes) throws Exception {
		Element form = pages.html(get(formUrl).with(EDITOR)).selectFirst("main form[method=post]:has(button)");
		MockHttpServletRequestBuilder post = post(form.attr("action")).with(EDITOR).with(csrf());
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			if (changes.containsKey(name) || name.equals("_csrf")
					|| (field.is("input[type=checkbox]") && !field.hasAttr("checked"))) {
				continue;
			}
			Element selected = field.is("select") ? field.selectFirst("option[selected]") : null;
			post.param(name, field.is("select") ? ((selected != null) ? selected.val() : "") : field.val());
		}
		changes.forEach((name, value) -> post.param(name, value));
		return post;
	}

}
