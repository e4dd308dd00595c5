package eu.clusterportal.country.admin;

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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every save of a country's name, introduction and key facts is a revision an editor can
 * restore. These tests commit, as the history is written on commit, and put China and the
 * revision tables back afterwards.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class CountryHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Test
	void listsEverySaveWithItsAuthorAndRestoresAnEarlierKeyFact() throws Exception {
		save("1400000000", 0, "anna@example.eu");
		save("1500000000", 1, "bruno@example.eu");
		assertThat(keyFacts()).contains("1.5 billion (2023)");

		Document history = page("/admin/countries/china/history");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).startsWith("bruno@example.eu",
				"anna@example.eu");
		assertThat(history.select("tbody tr:nth-child(2) td:nth-of-type(5) li").eachText())
			.contains("Population: 1,400,000,000 (2023)");
		// The history starts with the country as it was before editors could change it.
		assertThat(history.select("tbody tr:last-child td:nth-of-type(5) li").eachText())
			.contains("Population: 1,357,000,000 (2015)");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(user("anna@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/countries/china"));
		assertThat(keyFacts()).contains("1.4 billion (2023)");
		assertThat(page("/countries/china").select("main h1").text()).isEqualTo("China");

		String original = page("/admin/countries/china/history").select("tbody tr:last-child form").attr("action");
		mvc.perform(post(original).with(user("anna@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/admin/countries/china"));
		assertThat(keyFacts()).contains("1.357 billion (2015)");
	}

	private void save(String population, long version, String editor) throws Exception {
		mvc.perform(post("/admin/countries/china").with(user(editor).roles("EDITOR"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("name", "China")
			.param("introduction", "China is home to an important cluster community.")
			.param("capital", "Beijing")
			.param("currency", "CNY")
			.param("population.amount", population)
			.param("population.year", "2023")
			.param("capitalSource.source", "ORIGINAL_COUNTRY_PAGE")
			.param("currencySource.source", "ORIGINAL_COUNTRY_PAGE")
			.param("population.provenance.source", "OTHER")
			.param("population.provenance.detail", "National Bureau of Statistics of China"))
			.andExpect(redirectedUrl("/admin/countries/china"));
	}

	private List<String> keyFacts() throws Exception {
		return page("/countries/china").select("#key-facts dd").eachText();
	}

	private Document page(String url) throws Exception {
		return pages.html(get(url).with(editor("anna@example.eu")));
	}

}
