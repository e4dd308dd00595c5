package eu.clusterportal.country.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
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

	@Autowired
	WebPages pages;

	@Test
	void anEditorChangesAKeyFactAndThePublicPageShowsItAtOnce() throws Exception {
		mvc.perform(chinaForm("population.amount", "1410000000", "population.year", "2023",
				"population.provenance.source", "OTHER", "population.provenance.detail", "World Bank"))
			.andExpect(redirectedUrl("/admin/countries/china"));
		Document china = pages.html(get("/countries/china"));
		assertThat(china.select("#key-facts .key-fact:nth-child(2) dd").text()).isEqualTo("1.41 billion (2023)");
		assertThat(china.select("#key-facts .key-facts__sources > div:has(dt:containsOwn(Population)) dd").text())
			.isEqualTo("Source: other publication, World Bank");
	}

	@Test
	void theCountryFormLeadsToEachTextSection() throws Exception {
		Document form = pages.html(get("/admin/countries/china").with(editor()));
		assertThat(form.select("nav[aria-labelledby=sections-heading] a").eachAttr("href")).contains(
				"/admin/countries/china/sections/economic-context",
				"/admin/countries/china/sections/cooperation-opportunities");
	}

	@Test
	void badKeyFactsAreExplainedNextToTheFieldsAndKept() throws Exception {
		Document form = pages.html(chinaForm("name", "", "population.amount", "-5", "area.year", "1850",
				"gdp.provenance.detail", "IMF", "gdpPerCapita.amount", "8,000"));
		assertThat(form.select("#name-errors").text()).isEqualTo("Please enter the country's name.");
		assertThat(form.select("[id='population.amount-errors']").text()).isEqualTo("The amount cannot be negative.");
		assertThat(form.select("[id='area.year-errors']").text())
			.isEqualTo("Please enter a year between 1900 and 2100.");
		assertThat(form.select("fieldset.statistic:has([id='gdp.provenance.detail']) .field__errors").text())
			.contains("A year or source needs the figure it belongs to.");
		assertThat(form.select("[id='gdpPerCapita.amount-errors']").text())
			.isEqualTo("Please enter the number in digits only, without spaces or separators, e.g. 1357000000.");
		assertThat(form.select("[id='population.amount']").val()).isEqualTo("-5");
		assertThat(pages.html(get("/countries/china")).select("#key-facts dd").eachText())
			.contains("1.357 billion (2015)");
	}

	@Test
	void anEditorSetsWhenTheProfileWasLastReviewedAndThePageSaysIt() throws Exception {
		assertThat(pages.html(get("/admin/countries/china").with(editor())).select("#reviewedOn").val())
			.isEqualTo("2026-12-07");
		mvc.perform(chinaForm("reviewedOn", "2026-11-30")).andExpect(redirectedUrl("/admin/countries/china"));
		assertThat(pages.html(get("/countries/china")).select("#reviewed-on").text())
			.startsWith("The editors last checked this profile against its sources on 30 November 2026.");
	}

	@Test
	void aReviewDateInTheFutureOrNotADateIsRefusedAndKept() throws Exception {
		Document future = pages.html(chinaForm("reviewedOn", "2999-01-01"));
		assertThat(future.select("#reviewedOn-errors").text()).startsWith("The review date cannot be in the future");
		assertThat(future.select("#reviewedOn").val()).isEqualTo("2999-01-01");
		Document notADate = pages.html(chinaForm("reviewedOn", "yesterday"));
		assertThat(notADate.select("#reviewedOn-errors").text()).isEqualTo("Please enter a real date as YYYY-MM-DD.");
		assertThat(pages.html(get("/countries/china")).select("#reviewed-on").text()).contains("7 December 2026");
	}

	@Test
	void anUnknownCurrencyCodeIsRefused() throws Exception {
		Document form = pages.html(chinaForm("currency", "XYZ"));
		assertThat(form.select("#currency-errors").text()).startsWith("This is not a known currency code");
	}

	@Test
	void theSecondOfTwoConcurrentSectionEditsIsRefused() throws Exception {
		mvc.perform(section("First editor's lead", "save", 0, "Body")).andExpect(status().isFound());
		Document refused = pages.html(section("Second editor's lead", "save", 0, "Body"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#lead").text()).isEqualTo("Second editor's lead");
		assertThat(pages.html(get("/countries/china")).select("#economic-context .section-lead").text())
			.isEqualTo("First editor's lead");
	}

	@Test
	void thePreviewRendersMarkdownSafelyWithoutSaving() throws Exception {
		Document preview = pages.html(section("A lead", "preview", 0,
				"### Heading\n\nText with <script>alert('x')</script> and [a link](javascript:alert(1))."));
		assertThat(preview.select(".prose h3").text()).isEqualTo("Heading");
		assertThat(preview.select(".prose script")).isEmpty();
		assertThat(preview.select(".prose").text()).contains("<script>alert('x')</script>");
		assertThat(preview.select(".prose a").attr("href")).doesNotContain("javascript");
		assertThat(pages.html(get("/countries/china")).select("#economic-context .section-lead").text())
			.startsWith("In 1978, China changed");
	}

	@Test
	void editingNeedsSignInAndACsrfToken() throws Exception {
		mvc.perform(post("/admin/countries/china").with(csrf()).param("name", "Hacked"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/countries/china").with(editor()).param("name", "Hacked"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSecondOfTwoConcurrentCountryEditsIsRefused() throws Exception {
		mvc.perform(chinaForm("capital", "First capital")).andExpect(redirectedUrl("/admin/countries/china"));
		Document refused = pages.html(chinaForm("capital", "Second capital"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#capital").val()).isEqualTo("Second capital");
		assertThat(pages.html(get("/countries/china")).select("#key-facts dd").eachText()).contains("First capital");
	}

	@Test
	void aNewCountryAppearsWithoutProfileOnTheCountriesPageAndInTheSitemap() throws Exception {
		mvc.perform(newCountry("Côte d'Ivoire", "")).andExpect(redirectedUrl("/admin/countries/cote-d-ivoire"));

		Document countries = pages.html(get("/countries"));
		assertThat(countries.select("section:has(#others-heading) li a").eachText()).contains("Côte d'Ivoire");
		assertThat(countries.select("section:has(#profiles-heading) li a").eachText()).containsExactly("China");
		Document profile = pages.html(get("/countries/cote-d-ivoire"));
		assertThat(profile.select("main h1").text()).isEqualTo("Côte d'Ivoire");
		assertThat(profile.select("main .lead").text())
			.startsWith("We have not written a profile of Côte d'Ivoire yet.");
		assertThat(profile.select("#key-facts")).isEmpty();
		assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("http://localhost:8080/countries/cote-d-ivoire");
		assertThat(pages.html(get("/admin/countries").with(editor())).select(".item-list__title a").eachText())
			.contains("Côte d'Ivoire");
	}

	@Test
	void aNewCountryMayHaveASlugOfItsOwn() throws Exception {
		mvc.perform(newCountry("Republic of Korea", "south-korea"))
			.andExpect(redirectedUrl("/admin/countries/south-korea"));
		assertThat(pages.html(get("/countries/south-korea")).select("main h1").text()).isEqualTo("Republic of Korea");
	}

	@Test
	void namesAndSlugsAreUniqueAndSaySo() throws Exception {
		Document sameName = pages.html(newCountry("CHINA", "people-s-republic"));
		assertThat(sameName.select("#name-errors").text()).isEqualTo("There is already a country with this name.");
		assertThat(sameName.select("#slug").val()).isEqualTo("people-s-republic");

		Document sameSlug = pages.html(newCountry("Nippon", "japan"));
		assertThat(sameSlug.select("#slug-errors").text())
			.isEqualTo("There is already a country at /countries/japan. Please enter another web address.");

		Document derivedSlug = pages.html(newCountry("United-States", ""));
		assertThat(derivedSlug.select("#slug-errors").text()).isEqualTo(
				"The web address made from the name, /countries/united-states, belongs to another country. Please enter another one.");

		Document badSlug = pages.html(newCountry("Nowhere", "No Where"));
		assertThat(badSlug.select("#slug-errors").text()).startsWith("Please use lower-case letters a to z");

		Document renamed = pages.html(chinaForm("name", "japan"));
		assertThat(renamed.select("#name-errors").text()).isEqualTo("There is already a country with this name.");
	}

	@Test
	void deletingChinaIsRefusedNamingWhatDependsOnIt() throws Exception {
		Document confirmation = pages.html(get("/admin/countries/china/delete").with(editor()));
		assertThat(confirmation.select("main button")).isEmpty();
		assertThat(confirmation.select("[role=alert]").text()).startsWith("“China” cannot be deleted");
		assertThat(confirmation.select("[role=alert] li").eachText()).contains(
				"Targeted by 12 partnerships: AdPack², DIA, EC2i, ELBE, EnW, eT4S, FoodNet, GIVE, MAGIA2Market, MobiGoIn-Action, NF4, SPACE2IDGO",
				"Has 3 regions: Pearl River Delta, Yangtze River Delta, Beijing-Tianjin-Hebei (Bohai Rim)");
		assertThat(confirmation.select("[role=alert] li").eachText())
			.anyMatch((line) -> line.startsWith("Has 11 clusters"))
			.anyMatch((line) -> line.startsWith("Has") && line.contains("documents (drafts included)"))
			.anyMatch((line) -> line.startsWith("Has 36 organisations: "));

		Document refused = pages.html(post("/admin/countries/china/delete").with(editor()).with(csrf()));
		assertThat(refused.select("[role=alert] li").first().text()).startsWith("Targeted by 12 partnerships");
		assertThat(pages.html(get("/countries/china")).select("#partnerships tbody th")).hasSize(12);
	}

	@Test
	void aCountryWithNewsCannotBeDeletedEither() throws Exception {
		mvc.perform(newCountry("Atlantis", "")).andExpect(redirectedUrl("/admin/countries/atlantis"));
		mvc.perform(post("/admin/news").with(editor())
			.with(csrf())
			.param("title", "Atlantis rises")
			.param("country", "atlantis")
			.param("channel", "COUNTRY")
			.param("publishedOn", "2026-05-01")
			.param("status", "DRAFT")).andExpect(redirectedUrl("/admin/news"));

		Document refused = pages.html(post("/admin/countries/atlantis/delete").with(editor()).with(csrf()));
		assertThat(refused.select("[role=alert] li").eachText())
			.containsExactly("Has one news item (drafts included): Atlantis rises");
		mvc.perform(get("/countries/atlantis")).andExpect(status().isOk());
	}

	@Test
	void anUnusedCountryIsDeletedAfterConfirmation() throws Exception {
		mvc.perform(newCountry("Atlantis", "")).andExpect(redirectedUrl("/admin/countries/atlantis"));
		Document confirmation = pages.html(get("/admin/countries/atlantis/delete").with(editor()));
		assertThat(confirmation.select("main .lead").text()).startsWith("Really delete “Atlantis”?");
		assertThat(confirmation.select("main p").first().text())
			.isEqualTo("Its introduction, key facts and no text sections are deleted with it.");

		mvc.perform(post("/admin/countries/atlantis/delete").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/countries"));
		mvc.perform(get("/countries/atlantis")).andExpect(status().isNotFound());
		assertThat(pages.html(get("/countries")).select("main li a").eachText()).doesNotContain("Atlantis");
	}

	private MockHttpServletRequestBuilder newCountry(String name, String slug) {
		return post("/admin/countries").with(editor()).with(csrf()).param("name", name).param("slug", slug);
	}

	/**
	 * The China form as loaded, with some fields changed: name, value, name, value, ...
	 */
	private MockHttpServletRequestBuilder chinaForm(String... changes) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("version", "0", "name", "China", "introduction",
				"China is home to an important cluster community.", "capital", "Beijing", "currency", "CNY",
				"population.amount", "1357000000", "population.year", "2015"));
		for (String fact : List.of("capitalSource", "currencySource", "population.provenance")) {
			fields.put(fact + ".source", "ORIGINAL_COUNTRY_PAGE");
		}
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

	private static RequestPostProcessor editor() {
		return user("eda@example.eu").roles("EDITOR");
	}

}
