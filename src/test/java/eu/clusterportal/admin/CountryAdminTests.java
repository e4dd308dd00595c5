package eu.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class CountryAdminTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anEditorChangesAKeyFactAndThePublicPageShowsItAtOnce() throws Exception {
		mvc.perform(chinaForm("population.amount", "1410000000", "population.year", "2023", "population.source",
				"World Bank")).andExpect(redirectedUrl("/admin/countries/china"));
		Document china = page(get("/countries/china"));
		assertThat(china.select("#key-facts .key-fact:nth-child(2) dd").text())
			.isEqualTo("1.41 billion (2023) Source: World Bank");
	}

	@Test
	void badKeyFactsAreExplainedNextToTheFieldsAndKept() throws Exception {
		Document form = page(chinaForm("name", "", "population.amount", "-5", "area.year", "1850", "gdp.source", "IMF"));
		assertThat(form.select("#name-errors").text()).isEqualTo("Please enter the country's name.");
		assertThat(form.select("[id='population.amount-errors']").text()).isEqualTo("The amount cannot be negative.");
		assertThat(form.select("[id='area.year-errors']").text()).isEqualTo("Please enter a year between 1900 and 2100.");
		assertThat(form.select("fieldset:has([id='gdp.source']) .field__errors").text())
			.contains("A year or source needs the figure it belongs to.");
		assertThat(form.select("[id='population.amount']").val()).isEqualTo("-5");
		assertThat(page(get("/countries/china")).select("#key-facts dd").eachText()).contains("1.357 billion (2015)");
	}

	@Test
	void anUnknownCurrencyCodeIsRefused() throws Exception {
		Document form = page(chinaForm("currency", "XYZ"));
		assertThat(form.select("#currency-errors").text()).startsWith("This is not a known currency code");
	}

	@Test
	void theSecondOfTwoConcurrentSectionEditsIsRefused() throws Exception {
		mvc.perform(section("First editor's lead", "save", 0, "Body")).andExpect(status().isFound());
		Document refused = page(section("Second editor's lead", "save", 0, "Body"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#lead").text()).isEqualTo("Second editor's lead");
		assertThat(page(get("/countries/china")).select("#economic-context .section-lead").text())
			.isEqualTo("First editor's lead");
	}

	@Test
	void thePreviewRendersMarkdownSafelyWithoutSaving() throws Exception {
		Document preview = page(section("A lead", "preview", 0,
				"### Heading\n\nText with <script>alert('x')</script> and [a link](javascript:alert(1))."));
		assertThat(preview.select(".prose h3").text()).isEqualTo("Heading");
		assertThat(preview.select(".prose script")).isEmpty();
		assertThat(preview.select(".prose").text()).contains("<script>alert('x')</script>");
		assertThat(preview.select(".prose a").attr("href")).doesNotContain("javascript");
		assertThat(page(get("/countries/china")).select("#economic-context .section-lead").text())
			.startsWith("In 1978, China changed");
	}

	@Test
	void editingNeedsSignInAndACsrfToken() throws Exception {
		mvc.perform(post("/admin/countries/china").with(csrf()).param("name", "Hacked"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/countries/china").with(editor()).param("name", "Hacked"))
			.andExpect(status().isForbidden());
	}

	/** The China form as loaded, with some fields changed: name, value, name, value, ... */
	private MockHttpServletRequestBuilder chinaForm(String... changes) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("version", "0", "name", "China", "introduction",
				"China is home to an important cluster community.", "capital", "Beijing", "currency", "CNY",
				"population.amount", "1357000000", "population.year", "2015"));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/countries/china").with(editor()).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private MockHttpServletRequestBuilder section(String lead, String action, long version, String body) {
		return post("/admin/countries/china/sections/economic-context").with(editor())
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("lead", lead)
			.param("body", body)
			.param("action", action);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static RequestPostProcessor editor() {
		return user("eda@example.eu").roles("EDITOR");
	}

}
