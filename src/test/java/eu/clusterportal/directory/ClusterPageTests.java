package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cluster's own page: where it is, what it does, how to reach it and its partnerships.
 */
@PortalIntegrationTest
@Transactional
class ClusterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void showsTheClusterItsLocationAndItsSectorsEachLinkedToTheDirectory() throws Exception {
		Document page = page("/clusters/wuxi-iot-cluster");
		assertThat(page.title()).isEqualTo("Wuxi IoT cluster · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("Wuxi IoT cluster");
		assertThat(page.select("main .breadcrumb a").eachAttr("href")).containsExactly("/", "/clusters",
				"/clusters/wuxi-iot-cluster");
		assertThat(page.select("main .lead").text()).startsWith("The Internet of Things (IoT) cluster in Wuxi");
		Element location = page.getElementById("location");
		assertThat(location.select("dt").text()).isEqualTo("Location");
		assertThat(location.select("li").eachText()).containsExactly("Wuxi", "Yangtze River Delta", "China");
		assertThat(location.select("a").eachAttr("href")).containsExactly("/clusters?region=yangtze-river-delta",
				"/countries/china");
		assertThat(page.select("#sectors li").eachText())
			.containsExactly("J62 Computer programming, consultancy and related activities");
		assertThat(page.select("#sectors a").eachAttr("href")).containsExactly("/clusters?sector=J62");
	}

	@Test
	void saysSoWhenAClusterHasNoTechnologyFieldWebsiteOrPartnership() throws Exception {
		Document page = page("/clusters/chongqing-automobile-cluster");
		assertThat(page.getElementById("website")).isNull();
		// No empty boxes: one sentence names what is not recorded.
		assertThat(page.select("main h2").eachText()).containsExactly("Sectors");
		assertThat(page.select("main .empty-state").eachText())
			.containsExactly("Not recorded yet: Website, Technology fields, Partnerships.");
		// Outside the named regions: the city and the country only.
		assertThat(page.select("#location li").eachText()).containsExactly("Chongqing", "China");
	}

	@Test
	void showsTheWebsiteTheTechnologyFieldsAndThePartnershipsByAcronym() throws Exception {
		Cluster guangzhou = cluster("guangzhou-automobile-city-cluster");
		guangzhou.setWebsite("https://www.gz-auto.example.cn/");
		guangzhou.addTechnologyField(field("Y04"));
		guangzhou.addTechnologyField(field("A61"));
		partnership("GIVE").addMember(guangzhou);
		partnership("AdPack²").addMember(guangzhou);
		partnership("eT4S").addMember(guangzhou);
		partnership("ELBE").addMember(cluster("wuxi-photovoltaic-cluster"));

		Document page = page("/clusters/guangzhou-automobile-city-cluster");
		Element website = page.selectFirst("#website a");
		assertThat(website.attr("href")).isEqualTo("https://www.gz-auto.example.cn/");
		assertThat(website.attr("rel")).contains("external", "noopener");
		assertThat(page.select("#technology-fields li").eachText()).containsExactly(
				"A61 Medical or veterinary science; hygiene",
				"Y04 Information or communication technologies having an impact on other technology areas");
		assertThat(page.select("#technology-fields a").eachAttr("href")).containsExactly("/clusters?field=A61",
				"/clusters?field=Y04");
		assertThat(page.select("#partnerships li").eachAttr("data-acronym")).containsExactly("AdPack²", "eT4S", "GIVE");
		assertThat(page.select("#partnerships li").eachText()).containsExactly(
				"AdPack² European Strategic Cluster Partnership for Advanced Smart Packaging",
				"eT4S " + partnership("eT4S").getName(), "GIVE " + partnership("GIVE").getName());
		assertThat(page.select("#partnerships a").eachAttr("href")).containsExactly("/partnerships/AdPack%C2%B2",
				"/partnerships/eT4S", "/partnerships/GIVE");
	}

	@Test
	void costsAFixedNumberOfStatements() throws Exception {
		long before = statementsFor("/clusters/guangzhou-automobile-city-cluster");
		Cluster guangzhou = cluster("guangzhou-automobile-city-cluster");
		guangzhou.addTechnologyField(field("Y04"));
		guangzhou.addTechnologyField(field("A61"));
		partnership("GIVE").addMember(guangzhou);
		partnership("NF4").addMember(guangzhou);
		assertThat(statementsFor("/clusters/guangzhou-automobile-city-cluster")).isEqualTo(before)
			.isLessThanOrEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/clusters/atlantis", "/clusters/Wuxi-IoT-Cluster", "/clusters/wuxi%20iot",
			"/clusters/%E2%98%83" })
	void answersAnUnknownClusterWithNotFound(String url) throws Exception {
		mvc.perform(get(URI.create(url))).andExpect(status().isNotFound());
	}

	private long statementsFor(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.statementsFor(get(url));
	}

	private Document page(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.html(url);
	}

	private Cluster cluster(String slug) {
		return entityManager.createQuery("select c from Cluster c where c.slug = :slug", Cluster.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private TechnologyField field(String code) {
		return entityManager.createQuery("select t from TechnologyField t where t.code = :code", TechnologyField.class)
			.setParameter("code", code)
			.getSingleResult();
	}

	private Partnership partnership(String acronym) {
		return entityManager.createQuery("select p from Partnership p where p.acronym = :acronym", Partnership.class)
			.setParameter("acronym", acronym)
			.getSingleResult();
	}

}
