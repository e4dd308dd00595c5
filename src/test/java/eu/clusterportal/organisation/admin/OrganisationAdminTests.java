package eu.clusterportal.organisation.admin;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Editors maintain organisations through forms, and the public pages follow at once.
 * These tests commit, as the revision history is written on commit, and remove what they
 * created afterwards; the demo organisations stay as they were.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class OrganisationAdminTests {

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	private long organisationsBefore;

	@BeforeEach
	void countTheDemoOrganisations() {
		organisationsBefore = organisations();
	}

	@Test
	void aNewOrganisationShowsOnItsPageInTheDirectoryAndInTheWhoCanHelpView() throws Exception {
		mvc.perform(create("Shenzhen Robotics Association", "").param("region", "pearl-river-delta")
			.param("city", "Shenzhen")
			.param("placeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("website", "https://robotics.example.cn")
			.param("websiteSource.source", "OTHER")
			.param("websiteSource.detail", "its own leaflet")
			.param("contact", "info@robotics.example.cn")
			.param("description", "Brings **robot makers** together.")
			.param("offersHelp", "true")
			.param("sectors", "C29")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("technologyFields", "A61")
			.param("clusters", "chongqing-automobile-cluster")).andExpect(redirectedUrl("/admin/organisations"));

		Document page = pages.html(get("/organisations/shenzhen-robotics-association"));
		assertThat(page.select("main h1").text()).isEqualTo("Shenzhen Robotics Association");
		assertThat(page.select("main .lead strong").text()).isEqualTo("robot makers");
		assertThat(page.select("#type dd a").text()).isEqualTo("Association");
		assertThat(page.select("#location li").eachText()).containsExactly("Shenzhen", "Pearl River Delta", "China");
		assertThat(page.select("#website dd").text())
			.isEqualTo("https://robotics.example.cn Source: other publication, its own leaflet");
		assertThat(page.select("#contact a").attr("href")).isEqualTo("mailto:info@robotics.example.cn");
		assertThat(page.select("#sectors .term__code").eachText()).containsExactly("C29");
		assertThat(page.select("#technology-fields .term__code").eachText()).containsExactly("A61");
		assertThat(page.select("#clusters a").eachAttr("href"))
			.containsExactly("/clusters/chongqing-automobile-cluster");
		assertThat(directoryNames("/organisations?country=china&type=association"))
			.contains("Shenzhen Robotics Association");
		assertThat(directoryNames("/organisations?help=true")).contains("Shenzhen Robotics Association");
		assertThat(jdbc.sql("select created_by from organisation where slug = 'shenzhen-robotics-association'")
			.query(String.class)
			.single()).isEqualTo("eda@example.eu");
	}

	@Test
	void everyBadInputIsNamedNextToItsFieldAndNothingTypedIsLost() throws Exception {
		Document form = pages.html(post("/admin/organisations").with(EDITOR)
			.with(csrf())
			.param("name", "A".repeat(201))
			.param("slug", "Not A Slug")
			.param("type", "")
			.param("country", "china")
			.param("city", "Shen\u0007zhen")
			.param("website", "ftp://files.example.cn")
			.param("contact", "somebody at example")
			.param("description", "x".repeat(10001))
			.param("translation.texts[name]", "深圳\u0000机器人协会"));

		assertThat(form.select("#name-errors").text()).isEqualTo("The name can have at most 200 characters.");
		assertThat(form.select("#slug-errors").text()).startsWith("Please use only lower-case letters");
		assertThat(form.select("#type-errors").text()).isEqualTo("Please choose the type.");
		assertThat(form.select("[id=city-errors]").text()).isEqualTo(
				"This text holds invisible control characters (often brought in by copying and pasting). Please remove them or type the text again.");
		assertThat(form.select("[id=translation.texts[name]-errors]").text()).startsWith("This text holds invisible");
		assertThat(form.select("#website-errors").text())
			.startsWith("Please enter a web address starting with http://");
		assertThat(form.select("#contact-errors").text()).isEqualTo(
				"Please enter the address of a public web form, starting with https:// or http:// and without spaces, or a public e-mail address such as info@example.org.");
		assertThat(form.select("#description-errors").text())
			.isEqualTo("The description can have at most 10,000 characters.");
		assertThat(form.select("#contact-hint").text()).contains("Never a person's own address");
		assertThat(form.select("#city").val()).isEqualTo("Shen\u0007zhen");
		assertThat(form.select("#contact").val()).isEqualTo("somebody at example");
		assertThat(form.select("#website").val()).isEqualTo("ftp://files.example.cn");
		assertThat(form.title()).startsWith("10 errors – New organisation");
		assertThat(organisations()).isEqualTo(organisationsBefore);
	}

	@Test
	void directionOverridesAndOtherControlsAreRefusedAsInMembersTexts() throws Exception {
		Document form = pages.html(post("/admin/organisations").with(EDITOR)
			.with(csrf())
			.param("name", "Shenzhen \u202Egnp.exe Robotics")
			.param("type", "association")
			.param("country", "china")
			.param("description", "Line one\nLine\u0085two")
			.param("translation.texts[description]", "第一行\n第二行"));

		assertThat(form.select("#name-errors").text()).startsWith("This text holds invisible control characters");
		assertThat(form.select("#description-errors").text())
			.startsWith("This text holds invisible control characters");
		assertThat(form.select("[id=translation.texts[description]-errors]")).isEmpty();
		assertThat(organisations()).isEqualTo(organisationsBefore);
	}

	@Test
	void aFactWithoutItsSourceAndAContactThatIsAFormAreTakenOnlyWithTheSource() throws Exception {
		Document form = pages.html(post("/admin/organisations").with(EDITOR)
			.with(csrf())
			.param("name", "Suzhou Chamber")
			.param("type", "CHAMBER_OF_COMMERCE")
			.param("country", "china")
			.param("city", "Suzhou")
			.param("website", "https://chamber.example.cn")
			.param("contact", "https://chamber.example.cn/contact"));
		assertThat(form.select("[id=typeSource.source-errors]").text())
			.isEqualTo("Please choose where this comes from.");
		assertThat(form.select("[id=placeSource.source-errors]").text())
			.isEqualTo("Please choose where this comes from.");
		assertThat(form.select("[id=websiteSource.source-errors]").text())
			.isEqualTo("Please choose where this comes from.");
		assertThat(form.select("#contact-errors")).isEmpty();
		assertThat(organisations()).isEqualTo(organisationsBefore);

		mvc.perform(create("Suzhou Chamber", "").param("city", "Suzhou")
			.param("placeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("contact", "https://chamber.example.cn/contact")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(pages.html(get("/organisations/suzhou-chamber")).select("#contact a").attr("href"))
			.isEqualTo("https://chamber.example.cn/contact");
	}

	@Test
	void aRegionOrAClusterOfAnotherCountryIsRefused() throws Exception {
		mvc.perform(post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "japan")
			.param("name", "Kanto")
			.param("position", "0")).andExpect(redirectedUrl("/admin/regions"));
		mvc.perform(post("/admin/clusters").with(EDITOR)
			.with(csrf())
			.param("name", "Tokyo robot cluster")
			.param("country", "japan")).andExpect(redirectedUrl("/admin/clusters"));

		Document form = pages.html(create("Kanto Robotics Association", "").param("region", "kanto")
			.param("city", "Chiba")
			.param("placeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("clusters", "tokyo-robot-cluster", "chongqing-automobile-cluster"));
		assertThat(form.select("#region-errors").text()).isEqualTo(
				"“Kanto” is a region of Japan, not of China. Please choose one of the regions of China, or none.");
		assertThat(form.select("#clusters-errors").text()).startsWith(
				"“Tokyo robot cluster” is a cluster of Japan, not of China: an organisation runs clusters of its own country only.");
		assertThat(form.select("#region option[selected]").val()).isEqualTo("kanto");
		assertThat(form.select("#clusters input[checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("tokyo-robot-cluster", "chongqing-automobile-cluster");
		assertThat(organisations()).isEqualTo(organisationsBefore);

		mvc.perform(post("/admin/organisations").with(EDITOR)
			.with(csrf())
			.param("name", "Kanto Robotics Association")
			.param("type", "ASSOCIATION")
			.param("typeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("country", "japan")
			.param("region", "kanto")
			.param("placeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("clusters", "tokyo-robot-cluster")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(pages.html(get("/organisations/kanto-robotics-association")).select("#location li").eachText())
			.containsExactly("Kanto", "Japan");
	}

	@Test
	void aSlugInUseIsRefusedNamingItsOrganisation() throws Exception {
		Document typed = pages.html(create("Another Torch", "torch-centre"));
		assertThat(typed.select("#slug-errors").text()).isEqualTo(
				"This slug is already used by “Torch Centre, Ministry of Science and Technology”. Please choose another.");
		Document derived = pages.html(create("EU SME Centre", ""));
		assertThat(derived.select("#slug-errors").text()).startsWith("The slug made from the name, “eu-sme-centre”");
		assertThat(organisations()).isEqualTo(organisationsBefore);
	}

	@Test
	void anEditSavedMeanwhileIsNotOverwrittenAndTheSecondEditorKeepsWhatTheyTyped() throws Exception {
		mvc.perform(create("Contested body", "contested-body")).andExpect(redirectedUrl("/admin/organisations"));
		long id = idOf("contested-body");
		mvc.perform(edit(id, 0, "First editor's name", "contested-body"))
			.andExpect(redirectedUrl("/admin/organisations"));
		Document refused = pages.html(edit(id, 0, "Second editor's name", "contested-body"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#name").val()).isEqualTo("Second editor's name");
		assertThat(pages.html(get("/organisations/contested-body")).select("main h1").text())
			.isEqualTo("First editor's name");
	}

	@Test
	void htmlInTextsIsShownAsTextAndThePreviewRendersTheMarkdownWithoutSaving() throws Exception {
		Document preview = pages.html(create("Preview body", "").param("action", "preview")
			.param("description", "Strong in **drones**.\n\n<script>alert(1)</script>"));
		assertThat(preview.selectFirst("#preview-heading").parent().select("strong").text()).isEqualTo("drones");
		assertThat(preview.select("main script")).isEmpty();
		assertThat(organisations()).isEqualTo(organisationsBefore);

		mvc.perform(create("<img src=x onerror=alert(1)> Body", "html-body").param("description",
				"See [the site](javascript:alert(1)).\n\n<b onclick=alert(1)>bold</b>"))
			.andExpect(redirectedUrl("/admin/organisations"));
		Document page = pages.html(get("/organisations/html-body"));
		assertThat(page.select("main h1").text()).isEqualTo("<img src=x onerror=alert(1)> Body");
		assertThat(page.select("main img, main b, main [onclick], main [onerror]")).isEmpty();
		assertThat(page.select("main .lead a").attr("href")).doesNotStartWith("javascript");
		assertThat(pages.html(get("/admin/organisations?q=onerror").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("<img src=x onerror=alert(1)> Body");
	}

	@Test
	void aDraftTranslationStaysHiddenUntilItIsPublished() throws Exception {
		mvc.perform(create("Ningbo Mould Association", "").param("translation.texts[name]", "宁波模具协会")
			.param("translation.status", "DRAFT")).andExpect(redirectedUrl("/admin/organisations"));
		long id = idOf("ningbo-mould-association");
		Document draft = pages.html(get("/zh/organisations/ningbo-mould-association"));
		assertThat(draft.select("main h1").text()).contains("Ningbo Mould Association").doesNotContain("宁波");
		assertThat(pages.html(get("/admin/organisations?translation=missing&q=ningbo").with(EDITOR))
			.select("tbody th")
			.eachText()).containsExactly("Ningbo Mould Association");

		Document form = pages.html(get("/admin/organisations/{id}/edit", id).with(EDITOR));
		assertThat(form.select("[id=translation.texts[name]]").val()).isEqualTo("宁波模具协会");
		assertThat(form.select("[id=translation.texts[name]]").attr("lang")).isEqualTo("zh-Hans");
		mvc.perform(edit(id, 0, "Ningbo Mould Association", "ningbo-mould-association")
			.param("translation.texts[name]", "宁波模具协会")
			.param("translation.status", "PUBLISHED")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(pages.html(get("/zh/organisations/ningbo-mould-association")).select("main h1").text())
			.isEqualTo("宁波模具协会");
		assertThat(pages.html(get("/admin/organisations?translation=missing&q=ningbo").with(EDITOR)).select("tbody th"))
			.isEmpty();
	}

	@Test
	void savingKeepsTheDemoTranslationsOfCityAndSources() throws Exception {
		long id = idOf("beijing-municipal-science-and-technology-commission");
		Document form = pages.html(get("/admin/organisations/{id}/edit", id).with(EDITOR));
		assertThat(form.select("[id=translation.texts[city]]").val()).isEqualTo("北京");
		mvc.perform(post("/admin/organisations/{id}/edit", id).with(EDITOR).with(csrf()).params(fieldsOf(form)))
			.andExpect(redirectedUrl("/admin/organisations"));
		Document chinese = pages.html(get("/zh/organisations/beijing-municipal-science-and-technology-commission"));
		assertThat(chinese.select("main h1").text()).isEqualTo("北京市科学技术委员会");
		assertThat(chinese.select("#location li").first().text()).isEqualTo("北京");
	}

	@Test
	void everySaveIsARevisionAndRestoringOneBringsBackItsSectorsAndClusters() throws Exception {
		mvc.perform(create("Version one", "versioned-body").param("sectors", "C29")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("clusters", "chongqing-automobile-cluster")).andExpect(redirectedUrl("/admin/organisations"));
		long id = idOf("versioned-body");
		mvc.perform(edit(id, 0, "Version two", "versioned-body").with(user("second@example.eu").roles("EDITOR")))
			.andExpect(redirectedUrl("/admin/organisations"));

		Document history = pages.html(get("/admin/organisations/{id}/history", id).with(EDITOR));
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("second@example.eu",
				"eda@example.eu");
		assertThat(history.select("tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("Version one", "C29", "Chongqing automobile cluster"));
		mvc.perform(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations/" + id + "/edit"));

		Document restored = pages.html(get("/organisations/versioned-body"));
		assertThat(restored.select("main h1").text()).isEqualTo("Version one");
		assertThat(restored.select("#sectors .term__code").eachText()).containsExactly("C29");
		assertThat(restored.select("#clusters a").eachAttr("href"))
			.containsExactly("/clusters/chongqing-automobile-cluster");
		assertThat(pages.html(get("/admin/organisations/{id}/history", id).with(EDITOR)).select("tbody tr")).hasSize(3);
	}

	@Test
	void aVersionInARegionDeletedSinceIsNotRestored() throws Exception {
		mvc.perform(post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "china")
			.param("name", "Chengdu-Chongqing")
			.param("position", "9")).andExpect(redirectedUrl("/admin/regions"));
		mvc.perform(create("Chengdu body", "chengdu-body").param("region", "chengdu-chongqing")
			.param("placeSource.source", "EDITORIAL_CLASSIFICATION")).andExpect(redirectedUrl("/admin/organisations"));
		long id = idOf("chengdu-body");
		mvc.perform(edit(id, 0, "Chengdu body renamed", "chengdu-body"))
			.andExpect(redirectedUrl("/admin/organisations"));
		long region = jdbc.sql("select id from region where slug = 'chengdu-chongqing'").query(Long.class).single();
		mvc.perform(post("/admin/regions/{id}/delete", region).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/regions"));

		Document history = pages.html(get("/admin/organisations/{id}/history", id).with(EDITOR));
		Document refused = pages
			.html(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(EDITOR).with(csrf()));
		assertThat(refused.select("main [role=alert]").text()).startsWith("This version cannot be restored");
		assertThat(pages.html(get("/organisations/chengdu-body")).select("main h1").text())
			.isEqualTo("Chengdu body renamed");
	}

	@Test
	void anEditorUnpublishesWithAReasonThatIsKeptAndPublishesAgain() throws Exception {
		long id = idOf("torch-centre");
		String name = "Torch Centre, Ministry of Science and Technology";
		Document refused = pages
			.html(post("/admin/organisations/{id}/unpublish", id).with(EDITOR).with(csrf()).param("reason", "  "));
		assertThat(refused.select("#reason-errors").text())
			.isEqualTo("Please say why the organisation is taken off the public pages.");
		assertThat(refused.select("#reason").attr("aria-describedby")).isEqualTo("reason-errors");
		for (String hidden : List.of("Merged\u0085away", "Merged \u202eyawa")) {
			Document controls = pages.html(
					post("/admin/organisations/{id}/unpublish", id).with(EDITOR).with(csrf()).param("reason", hidden));
			assertThat(controls.select("#reason-errors").text()).as(hidden)
				.startsWith("This text holds invisible control characters");
		}
		mvc.perform(get("/organisations/torch-centre")).andExpect(status().isOk());

		mvc.perform(post("/admin/organisations/{id}/unpublish", id).with(EDITOR)
			.with(csrf())
			.param("reason", "Merged into the ministry's own services."))
			.andExpect(redirectedUrl("/admin/organisations/" + id + "/edit"));
		mvc.perform(get("/organisations/torch-centre")).andExpect(status().isNotFound());
		assertThat(directoryNames("/organisations?country=china&type=agency")).doesNotContain(name);
		Document form = pages.html(get("/admin/organisations/{id}/edit", id).with(EDITOR));
		assertThat(form.select("#publication p").eachText()).containsExactly(
				"Unpublished: an editor took this organisation off the public pages. Its profile and history are kept.",
				"Reason given: Merged into the ministry's own services.");
		assertThat(pages.html(get("/admin/organisations?q=torch").with(EDITOR)).select("tbody td").eachText())
			.contains("Unpublished");
		mvc.perform(post("/admin/organisations/{id}/edit", id).with(EDITOR).with(csrf()).params(fieldsOf(form)))
			.andExpect(redirectedUrl("/admin/organisations"));
		mvc.perform(get("/organisations/torch-centre")).andExpect(status().isNotFound());

		mvc.perform(post("/admin/organisations/{id}/publish", id).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations/" + id + "/edit"))
			.andExpect(flash().attribute("notice", "admin.organisations.published-again"));
		mvc.perform(get("/organisations/torch-centre")).andExpect(status().isOk());
		mvc.perform(post("/admin/organisations/{id}/publish", id).with(EDITOR).with(csrf()))
			.andExpect(flash().attributeCount(0));
		assertThat(directoryNames("/organisations?country=china&type=agency")).contains(name);
		assertThat(jdbc.sql("select status || ' ' || coalesce(status_reason, '-') from organisation where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED -");
		mvc.perform(post("/admin/organisations/{id}/publish", id).with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void deletingAsksFirstThenRemovesThePublicPage() throws Exception {
		mvc.perform(create("Short-lived body", "short-lived-body")).andExpect(redirectedUrl("/admin/organisations"));
		long id = idOf("short-lived-body");
		Document confirm = pages.html(get("/admin/organisations/{id}/delete", id).with(EDITOR));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “Short-lived body”?");
		assertThat(organisations()).isEqualTo(organisationsBefore + 1);
		mvc.perform(post("/admin/organisations/{id}/delete", id).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/organisations"));
		mvc.perform(get("/organisations/short-lived-body")).andExpect(status().isNotFound());
		assertThat(organisations()).isEqualTo(organisationsBefore);
	}

	@Test
	void theListSearchesNamesAndCitiesIsLinkedFromTheHomePageAndNeedsSignIn() throws Exception {
		Document list = pages.html(get("/admin/organisations?q=TORCH").with(EDITOR));
		assertThat(list.select("tbody th").eachText())
			.containsExactly("Torch Centre, Ministry of Science and Technology");
		assertThat(list.select("tbody tr").first().select("td").eachText()).startsWith("Agency", "China");
		assertThat(
				pages.html(get("/admin/organisations?translation=missing").with(EDITOR)).select("tbody th").eachText())
			.contains("China-EU Regional Economic Cooperation Centre")
			.doesNotContain("Torch Centre, Ministry of Science and Technology");
		Document home = pages.html(get("/admin").with(EDITOR));
		assertThat(home.select("main a[href=/admin/organisations]")).hasSize(1);
		assertThat(home.select("main a[href=/admin/organisations?translation=missing]").text())
			.endsWith("without a published Chinese translation");
		Document second = pages.html(get("/admin/organisations?page=2").with(EDITOR));
		assertThat(second.select("tbody tr")).isNotEmpty();
		assertThat(
				pages.html(get("/zh/admin/organisations").with(EDITOR)).select(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/zh/admin/organisations?q=&page=2");

		mvc.perform(get("/admin/organisations")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/organisations/new")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/organisations").with(csrf()).param("name", "Anonymous body"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/organisations").with(user("someone@example.eu").roles("MEMBER")))
			.andExpect(status().isForbidden());
		assertThat(organisations()).isEqualTo(organisationsBefore);
	}

	private static MockHttpServletRequestBuilder create(String name, String slug) {
		return post("/admin/organisations").with(EDITOR)
			.with(csrf())
			.param("name", name)
			.param("slug", slug)
			.param("type", "ASSOCIATION")
			.param("typeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("country", "china");
	}

	private static MockHttpServletRequestBuilder edit(long id, long version, String name, String slug) {
		return post("/admin/organisations/{id}/edit", id).with(EDITOR)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("name", name)
			.param("slug", slug)
			.param("type", "ASSOCIATION")
			.param("typeSource.source", "EDITORIAL_CLASSIFICATION")
			.param("country", "china");
	}

	/**
	 * What a browser sends for a form as the page gives it, without pressing a button.
	 */
	private static MultiValueMap<String, String> fieldsOf(Document page) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		((FormElement) page.selectFirst("main form[action$=/edit]")).formData()
			.forEach((pair) -> fields.add(pair.key(), pair.value()));
		return fields;
	}

	private List<String> directoryNames(String url) throws Exception {
		return pages.html(get(url)).select("main tbody th[scope=row]").eachText();
	}

	private long idOf(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(Long.class).single();
	}

	private long organisations() {
		return jdbc.sql("select count(*) from organisation").query(Long.class).single();
	}

}
