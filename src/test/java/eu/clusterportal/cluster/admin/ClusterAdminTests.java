package eu.clusterportal.cluster.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Editors maintain clusters through forms, and the public pages follow at once. These
 * tests commit, as the revision history is written on commit, and remove what they
 * created afterwards; the demo clusters stay as they were.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class ClusterAdminTests {

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	private long lastDemoCluster;

	private long lastDemoRegion;

	@BeforeEach
	void rememberTheDemoContent() {
		lastDemoCluster = jdbc.sql("select max(id) from cluster").query(Long.class).single();
		lastDemoRegion = jdbc.sql("select max(id) from region").query(Long.class).single();
	}

	@Test
	void aNewClusterInANewRegionIsFoundByItsSectorAndOnTheChinaPage() throws Exception {
		mvc.perform(post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "china")
			.param("name", "Chengdu-Chongqing")
			.param("position", "9")).andExpect(redirectedUrl("/admin/regions"));
		mvc.perform(create("Chengdu aerospace cluster", "").param("region", "chengdu-chongqing")
			.param("city", "Chengdu")
			.param("sectors", "C10", "J62")
			.param("technologyFields", "A61")).andExpect(redirectedUrl("/admin/clusters"));

		assertThat(directoryNames("/clusters?sector=C10")).containsExactly("Chengdu aerospace cluster");
		assertThat(directoryNames("/clusters?sector=C")).contains("Chengdu aerospace cluster");
		assertThat(directoryNames("/clusters?region=chengdu-chongqing")).containsExactly("Chengdu aerospace cluster");
		assertThat(directoryNames("/clusters?field=A61")).containsExactly("Chengdu aerospace cluster");
		Document cluster = pages.html(get("/clusters/chengdu-aerospace-cluster"));
		assertThat(cluster.select("#location li").eachText()).containsExactly("Chengdu", "Chengdu-Chongqing", "China");
		assertThat(cluster.select("#sectors .term__code").eachText()).containsExactly("C10", "J62");

		Document china = pages.html(get("/countries/china"));
		Element group = china.select("#cluster-landscape .cluster-group")
			.stream()
			.filter((g) -> g.select("h3").text().equals("Chengdu-Chongqing"))
			.findFirst()
			.orElseThrow();
		assertThat(group.select(".card__title").eachText()).containsExactly("Chengdu aerospace cluster");
		assertThat(china.select("#cluster-landscape .cluster-group h3").eachText()).containsExactly("Pearl River Delta",
				"Yangtze River Delta", "Beijing-Tianjin-Hebei (Bohai Rim)", "Chengdu-Chongqing", "Elsewhere in China");
		assertThat(china.select("#cluster-chart-desc").text()).contains("Chengdu-Chongqing: 1 cluster");
		assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.contains("http://localhost:8080/clusters/chengdu-aerospace-cluster");
	}

	@Test
	void aBlankSlugIsMadeFromTheNameAndASlugInUseIsRefusedNamingItsCluster() throws Exception {
		mvc.perform(create("Xi'an Hi-Tech Zone: Aerospace & Space_Base", ""))
			.andExpect(redirectedUrl("/admin/clusters"));
		assertThat(jdbc.sql("select slug from cluster where name like 'Xi%'").query(String.class).single())
			.isEqualTo("xi-an-hi-tech-zone-aerospace-space-base");

		Document derived = pages.html(create("Wuxi IoT cluster", ""));
		assertThat(derived.select("#slug-errors").text()).isEqualTo(
				"The slug made from the name, “wuxi-iot-cluster”, is already used by “Wuxi IoT cluster”. Please enter another slug.");
		Document typed = pages.html(create("Another Wuxi cluster", "wuxi-photovoltaic-cluster"));
		assertThat(typed.select("#slug-errors").text())
			.isEqualTo("This slug is already used by “Wuxi photovoltaic cluster”. Please choose another.");
		assertThat(typed.select("#slug").val()).isEqualTo("wuxi-photovoltaic-cluster");
		assertThat(typed.select("#slug").attr("aria-describedby")).isEqualTo("slug-hint slug-errors");
		assertThat(typed.select("#slug-hint").text()).contains("changing the slug changes that address");
		assertThat(typed.select("main input[type=text], main input[type=url]").eachAttr("name")).containsExactly("name",
				"translation.texts[name]", "slug", "city", "translation.texts[city]", "latitude", "longitude",
				"locationSource.detail", "translation.texts[locationSource.detail]", "website", "sectorsSource.detail",
				"translation.texts[sectorsSource.detail]", "technologyFieldsSource.detail",
				"translation.texts[technologyFieldsSource.detail]");
		assertThat(pages.html(create("Wuxi IoT", "Wuxi IoT")).select("#slug-errors").text())
			.startsWith("Please use only lower-case letters");
		assertThat(pages.html(create("Long slug", "a".repeat(121))).select("#slug-errors").text())
			.isEqualTo("The slug can have at most 120 characters.");
		assertThat(pages.html(create("无锡物联网", "")).select("#slug-errors").text())
			.startsWith("No slug can be made from this name");
		assertThat(
				jdbc.sql("select count(*) from cluster where id > ?").param(lastDemoCluster).query(Long.class).single())
			.isOne();
	}

	@Test
	void aFormSentBackWithErrorsCountsThemInItsTitleListsThemInItsOrderAndTakesTheFocusToThem() throws Exception {
		Document form = pages.html(create("", "").param("city", "c".repeat(121))
			.param("latitude", "95")
			.param("longitude", "10")
			.param("website", "not an address"));

		assertThat(form.title()).isEqualTo("4 errors – New cluster · EU–China Cluster Portal");
		Element summary = form.selectFirst(".error-summary");
		assertThat(summary.hasAttr("autofocus")).isTrue();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		List<String> listed = summary.select("a").eachAttr("href");
		assertThat(listed).containsExactlyInAnyOrder("#name", "#city", "#latitude", "#website");
		List<String> inTheForm = form.select("main form [id]")
			.eachAttr("id")
			.stream()
			.map((id) -> "#" + id)
			.filter(listed::contains)
			.toList();
		assertThat(listed).as("errors in the order of the form").isEqualTo(inTheForm);
	}

	@Test
	void aRegionOfAnotherCountryIsRefusedNextToTheRegionField() throws Exception {
		mvc.perform(post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "japan")
			.param("name", "Kanto")
			.param("position", "0")).andExpect(redirectedUrl("/admin/regions"));
		Document form = pages.html(create("Chiba bio cluster", "").param("region", "kanto").param("city", "Chiba"));
		assertThat(form.select("#region-errors").text()).isEqualTo(
				"“Kanto” is a region of Japan, not of China. Please choose one of the regions of China, or none.");
		assertThat(form.select("#region").attr("aria-describedby")).isEqualTo("region-errors");
		assertThat(form.select("#region option[selected]").val()).isEqualTo("kanto");
		assertThat(form.select("#city").val()).isEqualTo("Chiba");

		mvc.perform(create("Shenzhen drone cluster", "").param("region", "pearl-river-delta"))
			.andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Shenzhen drone cluster");
		Document moved = pages.html(post("/admin/clusters/{id}/edit", id).with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("name", "Shenzhen drone cluster")
			.param("country", "japan")
			.param("region", "pearl-river-delta"));
		assertThat(moved.select("#region-errors").text())
			.startsWith("“Pearl River Delta” is a region of China, not of Japan.");
		assertThat(jdbc.sql("select c.slug from cluster k join country c on c.id = k.country_id where k.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("china");
	}

	@Test
	void thePreviewRendersTheMarkdownAndShowsHtmlAsText() throws Exception {
		Document preview = pages.html(create("Preview cluster", "").param("action", "preview")
			.param("description", "Strong in **drones**.\n\n<script>alert(1)</script>"));
		Element rendered = preview.selectFirst("#preview-heading").parent();
		assertThat(rendered.select("strong").text()).isEqualTo("drones");
		assertThat(preview.select("main script")).isEmpty();
		assertThat(rendered.text()).contains("<script>alert(1)</script>");
		assertThat(preview.select("#description").text()).contains("**drones**");
		assertThat(
				jdbc.sql("select count(*) from cluster where id > ?").param(lastDemoCluster).query(Long.class).single())
			.isZero();
	}

	@Test
	void theClusterPageRendersTheDescriptionSafelyAndOtherPagesQuoteItPlainly() throws Exception {
		mvc.perform(create("Hefei quantum cluster", "").param("description",
				"### Focus\n\n**Quantum** computing, see [the park](javascript:alert(1)).\n\n<img src=x onerror=alert(1)>"))
			.andExpect(redirectedUrl("/admin/clusters"));

		Document cluster = pages.html(get("/clusters/hefei-quantum-cluster"));
		Element description = cluster.selectFirst("main .lead");
		assertThat(description.select("h3").text()).isEqualTo("Focus");
		assertThat(description.select("strong").text()).isEqualTo("Quantum");
		assertThat(description.select("a").attr("href")).doesNotStartWith("javascript");
		assertThat(description.select("img")).isEmpty();
		assertThat(description.text()).contains("<img src=x onerror=alert(1)>");

		Element card = pages.html(get("/countries/china"))
			.select("#cluster-landscape .card")
			.stream()
			.filter((c) -> c.select(".card__title").text().equals("Hefei quantum cluster"))
			.findFirst()
			.orElseThrow();
		assertThat(card.text()).contains("Quantum computing").doesNotContain("**", "###");
		Element hit = pages.html(get("/search?q=quantum")).selectFirst("#clusters li");
		assertThat(hit.select("h3 a").attr("href")).isEqualTo("/clusters/hefei-quantum-cluster");
		assertThat(hit.select(".search-snippet").text()).contains("Quantum computing").doesNotContain("**", "###");
		assertThat(hit.select(".search-snippet strong, .search-snippet img")).isEmpty();
	}

	@Test
	void aClusterInPartnershipsIsNotDeletedAndThePartnershipsAreNamed() throws Exception {
		mvc.perform(create("Member cluster", "")).andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Member cluster");
		for (String acronym : List.of("NF4", "GIVE")) {
			jdbc.sql(
					"insert into partnership_member (partnership_id, cluster_id) select id, ? from partnership where acronym = ?")
				.param(id)
				.param(acronym)
				.update();
		}

		Document confirm = pages.html(get("/admin/clusters/{id}/delete", id).with(EDITOR));
		assertThat(confirm.select("main [role=alert] li").text()).isEqualTo("Member of the partnerships GIVE, NF4 (2)");
		assertThat(confirm.select("main form button")).isEmpty();
		Document refused = pages.html(post("/admin/clusters/{id}/delete", id).with(EDITOR).with(csrf()));
		assertThat(refused.select("main [role=alert] li").text()).isEqualTo("Member of the partnerships GIVE, NF4 (2)");
		mvc.perform(get("/clusters/member-cluster")).andExpect(status().isOk());
	}

	@Test
	void deletingAnUnusedClusterAsksFirstThenRemovesItsPage() throws Exception {
		mvc.perform(create("Short-lived cluster", "").param("sectors", "J62"))
			.andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Short-lived cluster");
		Document confirm = pages.html(get("/admin/clusters/{id}/delete", id).with(EDITOR));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “Short-lived cluster”?");
		mvc.perform(post("/admin/clusters/{id}/delete", id).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/clusters"));
		mvc.perform(get("/clusters/short-lived-cluster")).andExpect(status().isNotFound());
		assertThat(directoryNames("/clusters?sector=J62")).doesNotContain("Short-lived cluster");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		mvc.perform(create("Original name", "contested-cluster")).andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Original name");
		mvc.perform(edit(id, 0, "First editor's name", "contested-cluster", user("first@example.eu").roles("EDITOR")))
			.andExpect(redirectedUrl("/admin/clusters"));
		Document refused = pages
			.html(edit(id, 0, "Second editor's name", "contested-cluster", user("second@example.eu").roles("EDITOR")));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#name").val()).isEqualTo("Second editor's name");
		assertThat(pages.html(get("/clusters/contested-cluster")).select("main h1").text())
			.isEqualTo("First editor's name");
	}

	@Test
	void everySaveIsARevisionAndRestoringOneBringsBackItsSectors() throws Exception {
		mvc.perform(create("Version one", "versioned-cluster").param("sectors", "C26", "J62"))
			.andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Version one");
		mvc.perform(edit(id, 0, "Version two", "versioned-cluster", user("second@example.eu").roles("EDITOR"))
			.param("sectors", "C29")).andExpect(redirectedUrl("/admin/clusters"));
		assertThat(pages.html(get("/clusters/versioned-cluster")).select("#sectors .term__code").eachText())
			.containsExactly("C29");

		Document history = pages.html(get("/admin/clusters/{id}/history", id).with(EDITOR));
		assertThat(history.select("tbody tr").eachText()).hasSize(2);
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Version two", "Version one");
		assertThat(history.select("tbody td:nth-of-type(6)").eachText()).containsExactly("C29", "C26 J62");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("second@example.eu",
				"eda@example.eu");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/clusters/" + id + "/edit"));
		Document restored = pages.html(get("/clusters/versioned-cluster"));
		assertThat(restored.select("main h1").text()).isEqualTo("Version one");
		assertThat(restored.select("#sectors .term__code").eachText()).containsExactly("C26", "J62");
		assertThat(pages.html(get("/admin/clusters/{id}/history", id).with(EDITOR)).select("tbody tr")).hasSize(3);
	}

	@Test
	void anEarlierSlugNowUsedElsewhereIsNotRestored() throws Exception {
		mvc.perform(create("Renamed cluster", "old-slug")).andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Renamed cluster");
		mvc.perform(edit(id, 0, "Renamed cluster", "new-slug", EDITOR)).andExpect(redirectedUrl("/admin/clusters"));
		mvc.perform(create("Newcomer", "old-slug")).andExpect(redirectedUrl("/admin/clusters"));

		Document history = pages.html(get("/admin/clusters/{id}/history", id).with(EDITOR));
		Document refused = pages
			.html(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(EDITOR).with(csrf()));
		assertThat(refused.select("main [role=alert]").text())
			.startsWith("This version cannot be restored: its slug “old-slug” is now used by “Newcomer”.");
		mvc.perform(get("/clusters/new-slug")).andExpect(status().isOk());
	}

	@Test
	void theListSearchesNamesAndCitiesAndNeedsSignIn() throws Exception {
		Document list = pages.html(get("/admin/clusters?q=WUXI").with(EDITOR));
		assertThat(list.select("tbody th").eachText()).containsExactly("Wuxi IoT cluster", "Wuxi photovoltaic cluster");
		assertThat(list.select("tbody tr").first().select("td").eachText()).startsWith("China", "Yangtze River Delta",
				"Wuxi");
		assertThat(pages.html(get("/admin/clusters?q=tonghua").with(EDITOR)).select("tbody th").eachText())
			.containsExactly("Tonghua Pharmaceutical Hi-tech Industrial Development Zone");
		assertThat(pages.html(get("/admin").with(EDITOR)).select("main a[href=/admin/clusters]")).hasSize(1);
		mvc.perform(get("/admin/clusters")).andExpect(redirectedUrl("/login"));
	}

	private static MockHttpServletRequestBuilder create(String name, String slug) {
		return post("/admin/clusters").with(EDITOR)
			.with(csrf())
			.param("name", name)
			.param("slug", slug)
			.param("country", "china")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION");
	}

	private static MockHttpServletRequestBuilder edit(long id, long version, String name, String slug,
			RequestPostProcessor who) {
		return post("/admin/clusters/{id}/edit", id).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("name", name)
			.param("slug", slug)
			.param("country", "china")
			.param("sectorsSource.source", "EDITORIAL_CLASSIFICATION")
			.param("technologyFieldsSource.source", "EDITORIAL_CLASSIFICATION");
	}

	private List<String> directoryNames(String url) throws Exception {
		return pages.html(get(url)).select("main tbody th[scope=row]").eachText();
	}

	private long idOf(String name) {
		return jdbc.sql("select id from cluster where name = ?").param(name).query(Long.class).single();
	}

}
