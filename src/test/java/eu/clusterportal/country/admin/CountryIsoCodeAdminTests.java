package eu.clusterportal.country.admin;

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

/** A country's ISO code, set in its form, puts it on the world map. */
@PortalIntegrationTest
@Transactional
class CountryIsoCodeAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewTargetedCountryIsOnTheWorldMapOnceItHasItsCode() throws Exception {
		mvc.perform(post("/admin/countries").with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("name", "India")
			.param("slug", "")).andExpect(redirectedUrl("/admin/countries/india"));
		jdbc.sql("""
				insert into partnership_target_country (partnership_id, country_id)
				select p.id, c.id from partnership p, country c where p.acronym = 'DIA' and c.slug = 'india'""")
			.update();
		assertThat(pages.html("/countries").select("#world-map svg a[href=/countries/india]")).isEmpty();
		assertThat(pages.html("/countries").select("#world-map table a[href=/countries/india]")).hasSize(1);

		mvc.perform(indiaForm("in")).andExpect(redirectedUrl("/admin/countries/india"));

		assertThat(pages.html("/countries").selectFirst("#world-map svg a[href=/countries/india]").attr("aria-label"))
			.isEqualTo("India: 1 partnership");
		assertThat(pages.html(get("/admin/countries/india").with(user("eda@example.eu").roles("EDITOR")))
			.select("#isoCode")
			.val()).isEqualTo("IN");
	}

	@Test
	void aCodeThatIsNoCountrysOrAnothersIsRefusedAndKept() throws Exception {
		Document malformed = pages.html(chinaForm("CHN"));
		assertThat(malformed.select("#isoCode-errors").text())
			.isEqualTo("Please enter two letters, e.g. CN, or nothing.");
		assertThat(malformed.select("#isoCode").val()).isEqualTo("CHN");
		assertThat(pages.html(chinaForm("XX")).select("#isoCode-errors").text())
			.startsWith("ISO 3166-1 assigns this code to no country.");
		Document taken = pages.html(chinaForm("jp"));
		assertThat(taken.select("#isoCode-errors").text()).isEqualTo("The code JP already belongs to “Japan”.");
		assertThat(taken.select("#capital").val()).isEqualTo("Beijing");
		assertThat(jdbc.sql("select iso_code from country where slug = 'china'").query(String.class).single())
			.isEqualTo("CN");
	}

	private MockHttpServletRequestBuilder indiaForm(String isoCode) {
		return post("/admin/countries/india").with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("name", "India")
			.param("isoCode", isoCode);
	}

	/** The China form with another ISO code. */
	private MockHttpServletRequestBuilder chinaForm(String isoCode) {
		return post("/admin/countries/china").with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("version", "0")
			.param("name", "China")
			.param("capital", "Beijing")
			.param("capitalSource.source", "ORIGINAL_COUNTRY_PAGE")
			.param("isoCode", isoCode);
	}

}
