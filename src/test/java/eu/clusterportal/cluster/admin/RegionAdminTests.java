package eu.clusterportal.cluster.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import javax.sql.DataSource;

import eu.clusterportal.ConcurrentWrite;
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
 * Editors maintain the regions that group a country's clusters. These tests commit, as
 * the revision history is written on commit, and remove what they created afterwards; the
 * demo regions stay as they were.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class RegionAdminTests {

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	private static final String DELTA_CLUSTERS = "Guangzhou automobile city cluster, Shenzhen communications cluster (2)";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private long lastDemoCluster;

	private long lastDemoRegion;

	@BeforeEach
	void rememberTheDemoContent() {
		lastDemoCluster = jdbc.sql("select max(id) from cluster").query(Long.class).single();
		lastDemoRegion = jdbc.sql("select max(id) from region").query(Long.class).single();
	}

	@Test
	void theDescriptionIsMarkdownOnTheCountryPageAndThePositionOrdersTheRegions() throws Exception {
		mvc.perform(create("Chengdu-Chongqing", "0").param("description",
				"An **inland** hub.\n\n- Chengdu\n- Chongqing\n\n<script>alert(1)</script>"))
			.andExpect(redirectedUrl("/admin/regions"));
		mvc.perform(post("/admin/clusters").with(EDITOR)
			.with(csrf())
			.param("name", "Chongqing laptop cluster")
			.param("country", "china")
			.param("region", "chengdu-chongqing")).andExpect(redirectedUrl("/admin/clusters"));

		Element landscape = pages.html(get("/countries/china")).selectFirst("#cluster-landscape");
		assertThat(landscape.select(".cluster-group h3").eachText()).containsExactly("Chengdu-Chongqing",
				"Pearl River Delta", "Yangtze River Delta", "Beijing-Tianjin-Hebei (Bohai Rim)", "Elsewhere in China");
		Element group = landscape.selectFirst(".cluster-group");
		assertThat(group.select(".prose strong").text()).isEqualTo("inland");
		assertThat(group.select(".prose li").eachText()).containsExactly("Chengdu", "Chongqing");
		assertThat(group.select(".prose").text()).contains("<script>alert(1)</script>");
		assertThat(landscape.select("script")).isEmpty();
		assertThat(landscape.select("text.bar-chart__label").eachText()).first().isEqualTo("Chengdu-Chongqing");
		assertThat(pages.html(get("/clusters")).select("select[name=region] option").eachText())
			.contains("Chengdu-Chongqing");
	}

	@Test
	void thePreviewRendersTheMarkdownWithoutSaving() throws Exception {
		Document preview = pages.html(create("Previewed region", "4").param("action", "preview")
			.param("description", "## Heading\n\n<script>alert(1)</script>"));
		Element rendered = preview.selectFirst("#preview-heading").parent();
		assertThat(rendered.select("h2").eachText()).contains("Heading");
		assertThat(rendered.text()).contains("<script>alert(1)</script>");
		assertThat(preview.select("main script")).isEmpty();
		assertThat(
				jdbc.sql("select count(*) from region where id > ?").param(lastDemoRegion).query(Long.class).single())
			.isZero();
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndKept() throws Exception {
		Document form = pages.html(post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "")
			.param("name", "Pearl River Delta")
			.param("position", "-1")
			.param("description", "Kept text"));
		assertThat(form.select("#country-errors").text()).isEqualTo("Please choose a country.");
		assertThat(form.select("#position-errors").text()).isEqualTo("Please enter a whole number from 0 to 9999.");
		assertThat(form.select("#position").val()).isEqualTo("-1");
		assertThat(form.select("main form input:not([type=hidden])").eachAttr("name")).containsExactly("name",
				"translation.texts[name]", "slug", "position", "translation.status", "translation.status");
		assertThat(form.select("#description").text()).isEqualTo("Kept text");

		Document taken = pages.html(create("Pearl River Delta", "first"));
		assertThat(taken.select("#position-errors").text()).isEqualTo("Please enter a whole number.");
		assertThat(taken.select("#slug-errors").text()).isEqualTo(
				"The slug made from the name, “pearl-river-delta”, is already used by “Pearl River Delta”. Please enter another slug.");
	}

	@Test
	void aRegionWithClustersIsNotDeletedAndItsClustersAreNamed() throws Exception {
		long delta = idOf("Pearl River Delta");
		Document confirm = pages.html(get("/admin/regions/{id}/delete", delta).with(EDITOR));
		assertThat(confirm.select("main [role=alert] li").text())
			.isEqualTo("Clusters in this region: " + DELTA_CLUSTERS);
		assertThat(confirm.select("main form button")).isEmpty();

		Document refused = pages.html(post("/admin/regions/{id}/delete", delta).with(EDITOR).with(csrf()));
		assertThat(refused.select("main [role=alert] li").text())
			.isEqualTo("Clusters in this region: " + DELTA_CLUSTERS);
		assertThat(pages.html(get("/countries/china")).select("#cluster-landscape .cluster-group h3").eachText())
			.contains("Pearl River Delta");
	}

	@Test
	void deletingAnUnusedRegionAsksFirstThenRemovesIt() throws Exception {
		mvc.perform(create("Hainan", "7")).andExpect(redirectedUrl("/admin/regions"));
		long id = idOf("Hainan");
		assertThat(pages.html(get("/admin/regions/{id}/delete", id).with(EDITOR)).select("main .lead").text())
			.startsWith("Really delete “Hainan”?");
		mvc.perform(post("/admin/regions/{id}/delete", id).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/regions"));
		assertThat(pages.html(get("/clusters")).select("select[name=region] option").eachText())
			.doesNotContain("Hainan");
		assertThat(jdbc.sql("select count(*) from region where id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void aRegionWithClustersKeepsItsCountry() throws Exception {
		long delta = idOf("Pearl River Delta");
		Document form = pages.html(post("/admin/regions/{id}/edit", delta).with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("country", "japan")
			.param("name", "Pearl River Delta")
			.param("slug", "pearl-river-delta")
			.param("position", "1"));
		assertThat(form.select("#country-errors").text()).isEqualTo("The clusters of this region lie in China: "
				+ DELTA_CLUSTERS + ". Move them to another region first, or keep the country.");
		assertThat(jdbc.sql("select c.slug from region r join country c on c.id = r.country_id where r.id = ?")
			.param(delta)
			.query(String.class)
			.single()).isEqualTo("china");
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefused() throws Exception {
		mvc.perform(create("Original region", "5")).andExpect(redirectedUrl("/admin/regions"));
		long id = idOf("Original region");
		mvc.perform(edit(id, "First region name")).andExpect(redirectedUrl("/admin/regions"));
		Document refused = pages.html(edit(id, "Second region name"));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#name").val()).isEqualTo("Second region name");
		assertThat(jdbc.sql("select name from region where id = ?").param(id).query(String.class).single())
			.isEqualTo("First region name");
	}

	@Test
	void everySaveIsARevisionAndAnEarlierOneCanBeRestored() throws Exception {
		mvc.perform(create("Region one", "5")).andExpect(redirectedUrl("/admin/regions"));
		long id = idOf("Region one");
		mvc.perform(edit(id, "Region two")).andExpect(redirectedUrl("/admin/regions"));
		Document history = pages.html(get("/admin/regions/{id}/history", id).with(EDITOR));
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Region two", "Region one");
		assertThat(history.select("tbody td:nth-of-type(6)").eachText()).containsExactly("6", "5");

		mvc.perform(post(history.select("tbody tr:nth-child(2) form").attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/regions/" + id + "/edit"));
		assertThat(jdbc.sql("select name || ' ' || position || ' ' || slug from region where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Region one 5 region-one");
		assertThat(pages.html(get("/admin/regions/{id}/history", id).with(EDITOR)).select("tbody tr")).hasSize(3);
	}

	@Test
	void theDemoRegionsStartWithTheirStateBeforeEditingAsFirstVersion() throws Exception {
		Document history = pages.html(get("/admin/regions/{id}/history", idOf("Yangtze River Delta")).with(EDITOR));
		assertThat(history.select("tbody td:nth-of-type(2)").eachText()).containsExactly("Created");
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Yangtze River Delta");
	}

	@Test
	void aRegionSavedWithTheSameWebAddressAtTheSameMomentIsReportedInTheForm() throws Exception {
		Document form = ConcurrentWrite.during(dataSource,
				"insert into region (country_id, slug, name) "
						+ "select id, 'gulf-coast', 'Gulf Coast' from country where slug = 'china'",
				() -> pages.html(create("Gulf Coast", "8")));

		assertThat(form.select("[role=alert]").text()).contains("Someone else has just saved an item with the same");
		assertThat(form.select("#name").val()).isEqualTo("Gulf Coast");
		assertThat(jdbc.sql("select count(*) from region where name = 'Gulf Coast'").query(Long.class).single())
			.isOne();
	}

	@Test
	void aSlugTakenAtTheSameMomentIsReportedAtTheSlugField() throws Exception {
		Document form = ConcurrentWrite.during(dataSource,
				"insert into region (country_id, slug, name) "
						+ "select id, 'bohai-rim', 'Bohai Economic Rim' from country where slug = 'china'",
				() -> pages.html(create("Bohai Rim", "8").param("slug", "bohai-rim")));

		assertThat(form.select("#slug-errors").text())
			.startsWith("Someone else has just saved an item with the same value here, so nothing was saved.");
		assertThat(form.select("#slug").val()).isEqualTo("bohai-rim");
		assertThat(form.select("#name").val()).isEqualTo("Bohai Rim");
		assertThat(jdbc.sql("select name from region where slug = 'bohai-rim'").query(String.class).single())
			.isEqualTo("Bohai Economic Rim");
	}

	@Test
	void aRegionChangedByAnotherEditorAtTheSameMomentIsReportedInTheForm() throws Exception {
		mvc.perform(create("Region one", "5")).andExpect(redirectedUrl("/admin/regions"));
		long id = idOf("Region one");

		// The other change commits after this save checked the version and before it
		// committed.
		Document form = ConcurrentWrite.during(dataSource,
				"update region set name = 'Changed elsewhere', version = version + 1 where id = " + id,
				() -> pages.html(edit(id, "Region two")));

		assertThat(form.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(form.select("#name").val()).isEqualTo("Region two");
		assertThat(jdbc.sql("select name from region where id = ?").param(id).query(String.class).single())
			.isEqualTo("Changed elsewhere");
	}

	@Test
	void theListShowsEachRegionsCountryPositionAndClusters() throws Exception {
		Document list = pages.html(get("/admin/regions?q=delta").with(EDITOR));
		assertThat(list.select("tbody th").eachText()).containsExactly("Pearl River Delta", "Yangtze River Delta");
		assertThat(list.select("tbody tr").first().select("td").eachText()).startsWith("China", "1", "2");
		assertThat(list.select("tbody tr").last().select("td").eachText()).startsWith("China", "2", "3");
		assertThat(pages.html(get("/admin/regions?q=china").with(EDITOR)).select("tbody th")).hasSize(3);
		assertThat(pages.html(get("/admin").with(EDITOR)).select("main a[href=/admin/regions]")).hasSize(1);
		mvc.perform(get("/admin/regions")).andExpect(redirectedUrl("/login"));
	}

	private static MockHttpServletRequestBuilder create(String name, String position) {
		return post("/admin/regions").with(EDITOR)
			.with(csrf())
			.param("country", "china")
			.param("name", name)
			.param("position", position);
	}

	private static MockHttpServletRequestBuilder edit(long id, String name) {
		return post("/admin/regions/{id}/edit", id).with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("country", "china")
			.param("name", name)
			.param("slug", "region-one")
			.param("position", "6");
	}

	private long idOf(String name) {
		return jdbc.sql("select id from region where name = ?").param(name).query(Long.class).single();
	}

}
