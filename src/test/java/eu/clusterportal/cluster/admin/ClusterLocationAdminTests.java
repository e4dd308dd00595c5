package eu.clusterportal.cluster.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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
 * Editors place a cluster by its latitude and longitude, both or neither; a refused place
 * comes back with the reason next to its field and everything typed kept.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class ClusterLocationAdminTests {

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlacedClusterAppearsOnTheChinaMapAndItsFormShowsThePlace() throws Exception {
		mvc.perform(create("Xi'an aerospace base").param("city", "Xi'an")
			.param("latitude", "34.34")
			.param("longitude", "108.94")).andExpect(redirectedUrl("/admin/clusters"));

		Element point = pages.html("/countries/china")
			.selectFirst("#cluster-map svg a[href=/clusters/xi-an-aerospace-base]");
		assertThat(point.attr("aria-label")).isEqualTo("Xi'an aerospace base, Xi'an");
		Document form = pages.html(get("/admin/clusters/{id}/edit", idOf("Xi'an aerospace base")).with(EDITOR));
		assertThat(form.select("#latitude").val()).isEqualTo("34.34");
		assertThat(form.select("#longitude").val()).isEqualTo("108.94");
		assertThat(form.select("label[for=latitude]").text()).isEqualTo("Latitude (optional)");
	}

	@Test
	void theHistoryShowsAChangeOfPlace() throws Exception {
		mvc.perform(create("Moving cluster").param("latitude", "-33.87").param("longitude", "151.2"))
			.andExpect(redirectedUrl("/admin/clusters"));
		long id = idOf("Moving cluster");
		mvc.perform(post("/admin/clusters/{id}/edit", id).with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("name", "Moving cluster")
			.param("slug", "moving-cluster")
			.param("country", "china")
			.param("latitude", "30")
			.param("longitude", "114.31")).andExpect(redirectedUrl("/admin/clusters"));

		assertThat(pages.html(get("/admin/clusters/{id}/history", id).with(EDITOR))
			.select("tbody tr td:nth-of-type(5)")
			.eachText()).containsExactly("China, 30° N 114.31° E", "China, 33.87° S 151.2° E");
	}

	@Test
	void oneWithoutTheOtherIsRefusedAtTheMissingFieldAndNothingTypedIsLost() throws Exception {
		Document form = pages.html(
				create("Half-placed cluster").param("city", "Hefei").param("latitude", "31.82").param("longitude", ""));
		assertThat(form.select("#longitude-errors").text())
			.isEqualTo("Please enter the longitude too, or leave the latitude empty as well: a place needs both.");
		assertThat(form.select("#longitude").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#latitude-errors")).isEmpty();
		assertThat(form.select("#name").val()).isEqualTo("Half-placed cluster");
		assertThat(form.select("#city").val()).isEqualTo("Hefei");
		assertThat(form.select("#latitude").val()).isEqualTo("31.82");

		Document other = pages.html(create("Other half").param("longitude", "117.23"));
		assertThat(other.select("#latitude-errors").text())
			.isEqualTo("Please enter the latitude too, or leave the longitude empty as well: a place needs both.");
		assertThat(other.select("#longitude").val()).isEqualTo("117.23");
		assertThat(saved("Half-placed cluster") + saved("Other half")).isZero();
	}

	@Test
	void outOfRangeOrUnreadableDegreesAreRefusedWithTheReason() throws Exception {
		Document form = pages.html(create("Far-off cluster").param("latitude", "91").param("longitude", "-180.5"));
		assertThat(form.select("#latitude-errors").text())
			.isEqualTo("The latitude must lie between -90 and 90 degrees.");
		assertThat(form.select("#longitude-errors").text())
			.isEqualTo("The longitude must lie between -180 and 180 degrees.");
		assertThat(form.select("#latitude").val()).isEqualTo("91");
		assertThat(form.select("#longitude").val()).isEqualTo("-180.5");

		Document typo = pages.html(create("Typo cluster").param("latitude", "31,82").param("longitude", "117.23"));
		assertThat(typo.select("#latitude-errors").text())
			.isEqualTo("Please enter the latitude as a number of degrees with a decimal point, e.g. 31.23.");
		assertThat(typo.select("#latitude").val()).isEqualTo("31,82");
		assertThat(typo.select("#longitude").val()).isEqualTo("117.23");
		assertThat(saved("Far-off cluster") + saved("Typo cluster")).isZero();
	}

	@Test
	void clearingBothTakesAClusterOffTheMap() throws Exception {
		long id = jdbc.sql("select id from cluster where slug = 'wuxi-iot-cluster'").query(Long.class).single();
		mvc.perform(post("/admin/clusters/{id}/edit", id).with(EDITOR)
			.with(csrf())
			.param("version", "0")
			.param("name", "Wuxi IoT cluster")
			.param("slug", "wuxi-iot-cluster")
			.param("country", "china")
			.param("region", "yangtze-river-delta")
			.param("city", "Wuxi")
			.param("latitude", "")
			.param("longitude", "")).andExpect(redirectedUrl("/admin/clusters"));

		assertThat(pages.html("/countries/china").select("#cluster-map a[href=/clusters/wuxi-iot-cluster]")).isEmpty();
	}

	private static MockHttpServletRequestBuilder create(String name) {
		return post("/admin/clusters").with(EDITOR).with(csrf()).param("name", name).param("country", "china");
	}

	private long idOf(String name) {
		return jdbc.sql("select id from cluster where name = ?").param(name).query(Long.class).single();
	}

	private long saved(String name) {
		return jdbc.sql("select count(*) from cluster where name = ?").param(name).query(Long.class).single();
	}

}
