package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.taxonomy.Sector;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
class TaxonomyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void showsASectionWithItsDivisionsAndWhatIsInAnyOfThem() throws Exception {
		Document page = pages.html("/sectors/J");
		assertThat(page.select("main h1").text()).isEqualTo("J Information and communication");
		assertThat(page.select("main > p.meta").text()).isEqualTo("Sectoral industry (NACE)");
		assertThat(page.select("#divisions a").eachText()).containsExactly("J61 Telecommunications",
				"J62 Computer programming, consultancy and related activities");
		assertThat(page.select("#divisions a").eachAttr("href")).containsExactly("/sectors/J61", "/sectors/J62");
		assertThat(page.select("#clusters a").eachText()).containsExactly(
				"Chengdu Hi-Tech Industrial Development Zone (CDHT)", "Dalian software outsourcing cluster",
				"Shenzhen communications cluster", "Wuxi IoT cluster", "Zhongguancun Science Park (Z-Park)");
		assertThat(page.select("#clusters a").first().attr("href"))
			.isEqualTo("/clusters/chengdu-hi-tech-industrial-development-zone");
		assertThat(page.select("#partnerships a").eachText()).containsExactly("DIA", "SPACE2IDGO");
		assertThat(page.select("#partnerships a").eachAttr("href")).containsExactly("/partnerships/DIA",
				"/partnerships/SPACE2IDGO");
		assertThat(page.select("#countries a").eachAttr("href")).containsExactly("/countries/china");
	}

	@Test
	void everyClusterAndPartnershipSaysWhereItsClassificationComesFrom() throws Exception {
		Document sector = pages.html("/sectors/C29");
		assertThat(sector.select("#clusters li .provenance")).hasSize(2)
			.allSatisfy((note) -> assertThat(note.text()).startsWith("Source: editorial classification"));
		assertThat(sector.select("#partnerships li .provenance").eachText())
			.containsExactly("Source: ECCP country page, ESCP-4i table: S94; C29 is an editorial classification of "
					+ "the briefing's “automotive sector”");
		assertThat(sector.select("#countries p").text()).contains("as each partnership’s source gives its targets");
		Document field = pages.html("/technology-fields/A61");
		assertThat(field.select("#partnerships li .provenance").text())
			.contains("the code A61 completed by the editors");
	}

	@Test
	void showsADivisionWithItsSectionAndAFriendlyEmptyState() throws Exception {
		Document page = pages.html("/sectors/J62");
		assertThat(page.select("main h1").text())
			.isEqualTo("J62 Computer programming, consultancy and related activities");
		assertThat(page.select("main > p a[href^=/sectors/]").attr("href")).isEqualTo("/sectors/J");
		assertThat(page.select("#divisions")).isEmpty();
		assertThat(page.select("#clusters a").eachText()).containsExactly("Dalian software outsourcing cluster",
				"Wuxi IoT cluster", "Zhongguancun Science Park (Z-Park)");
		assertThat(page.select("#partnerships .empty-state").text())
			.isEqualTo("No partnership in the portal works in this area yet.");
		assertThat(page.select("#countries a").eachText()).containsExactly("China");
	}

	@Test
	void countsTheCountriesThePartnershipsTarget() throws Exception {
		Document page = pages.html("/sectors/S94");
		assertThat(page.select("#partnerships a").eachText()).containsExactly("eT4S", "GIVE");
		assertThat(page.select("#clusters .empty-state")).hasSize(1);
		assertThat(page.select("#countries a").eachText()).containsExactly("Canada", "China", "Egypt", "Singapore",
				"Taiwan", "United States");
	}

	@Test
	void showsATechnologyFieldSectionAndClass() throws Exception {
		Document section = pages.html("/technology-fields/A");
		assertThat(section.select("main > p.meta").text()).isEqualTo("Technology field (IPC/CPC)");
		assertThat(section.select("#divisions h2").text()).isEqualTo("Classes");
		assertThat(section.select("#divisions a").eachAttr("href")).containsExactly("/technology-fields/A61");
		assertThat(section.select("#partnerships a").eachText()).containsExactly("MAGIA2Market");
		assertThat(section.select("#countries a").eachText()).containsExactly("China", "Japan", "United States");

		Document field = pages.html("/technology-fields/Y04");
		assertThat(field.select("main > p a[href^=/technology-fields/]").attr("href"))
			.isEqualTo("/technology-fields/Y");
		assertThat(field.select("#partnerships a").eachText()).containsExactly("eT4S");
	}

	@Test
	@Transactional
	void showsTheFirstClustersAndLinksToTheDirectoryForAll() throws Exception {
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		Sector c29 = entityManager.createQuery("select s from Sector s where s.code = 'C29'", Sector.class)
			.getSingleResult();
		for (int i = 10; i < 40; i++) {
			Cluster cluster = new Cluster("many-cluster-" + i, "Many cluster " + i, china, null, null);
			cluster.addSector(c29);
			entityManager.persist(cluster);
		}
		entityManager.flush();

		Document page = pages.html("/sectors/C29");
		assertThat(page.select("#clusters li a")).hasSize(20);
		assertThat(page.select("#clusters li a").eachText()).startsWith("Chongqing automobile cluster",
				"Guangzhou automobile city cluster", "Many cluster 10");
		assertThat(page.select("#clusters > p a").text()).isEqualTo("All 32 clusters in the directory");
		assertThat(page.select("#clusters > p a").attr("href")).isEqualTo("/clusters?sector=C29");
		assertThat(pages.html("/sectors/J").select("#clusters > p a")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sectors/ZZ", "/sectors/j62", "/technology-fields/J", "/technology-fields/Q99" })
	void answersAnUnknownCodeWithNotFound(String url) throws Exception {
		mvc.perform(get(url)).andExpect(status().isNotFound());
	}

}
