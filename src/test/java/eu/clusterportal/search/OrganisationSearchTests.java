package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.organisation.Organisation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo organisations (Annex A.3, written by SQL and indexed in Chinese at start-up)
 * in the site search, in English and in Chinese.
 */
@PortalIntegrationTest
@ExtendWith(DatabaseSnapshot.class)
class OrganisationSearchTests {

	static final String TORCH_CENTRE = "/organisations/torch-centre";

	static final String EUROPEAN_CHAMBER = "/organisations/european-union-chamber-of-commerce-in-china";

	static final String CERECO = "/organisations/china-eu-regional-economic-cooperation-centre";

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebPages pages;

	@Test
	void findsTheTorchCentreByItsNameWithTheTermMarked() throws Exception {
		Element hit = pages.html(get("/search").param("q", "Torch")).selectFirst("#organisations li");
		assertThat(hit.selectFirst("h3 a").attr("href")).isEqualTo(TORCH_CENTRE);
		assertThat(hit.selectFirst("h3").text()).isEqualTo("Torch Centre, Ministry of Science and Technology");
		assertThat(hit.selectFirst(".meta").text()).isEqualTo("China");
		assertThat(hit.select(".search-snippet mark").eachText()).isNotEmpty().allMatch("TORCH"::equalsIgnoreCase);
	}

	@Test
	void findsTheEuropeanChamberFirstForChamberAndAnOrganisationByItsTypeAndCity() throws Exception {
		assertThat(organisations("/search", "chamber")).first().isEqualTo(EUROPEAN_CHAMBER);
		// "agency" is the Torch Centre's type, in none of its texts
		assertThat(organisations("/search", "agency")).contains(TORCH_CENTRE);
		assertThat(organisations("/search", "Beijing"))
			.contains("/organisations/beijing-municipal-science-and-technology-commission");
	}

	@Test
	void theOrganisationsAreAGroupWithAFilterOfTheirOwn() throws Exception {
		Document page = pages.html(get("/search").param("q", "chamber").param("type", "organisations"));
		assertThat(page.select("main section")).singleElement()
			.satisfies((group) -> assertThat(group.selectFirst("h2").text()).isEqualTo("Organisations"));
		assertThat(page.select("#organisations h3 a").eachAttr("href")).first().isEqualTo(EUROPEAN_CHAMBER);
		assertThat(pages.html(get("/search").param("q", "chamber")).select("#organisations-heading").text())
			.isEqualTo("Organisations (1)");
	}

	@Test
	void findsOrganisationsByTheirChineseNamesAndDescriptions() throws Exception {
		assertThat(organisations("/zh/search", "火炬")).first().isEqualTo("/zh" + TORCH_CENTRE);
		Document chamber = pages.html(get("/zh/search").param("q", "中国欧盟商会"));
		Element first = chamber.selectFirst("#organisations li");
		assertThat(first.selectFirst("h3 a").attr("href")).isEqualTo("/zh" + EUROPEAN_CHAMBER);
		assertThat(first.selectFirst("h3").text()).isEqualTo("中国欧盟商会");
		assertThat(first.select("[lang]")).isEmpty();
		assertThat(chamber.select("#organisations-heading span").first().text()).isEqualTo("机构");
		// the Torch Centre's type as Chinese pages name it, in none of its texts
		assertThat(organisations("/zh/search", "政府所属机构")).contains("/zh" + TORCH_CENTRE);
	}

	@Test
	void findsAChineseNameOnlyOnceItsTranslationIsPublished() throws Exception {
		assertThat(organisations("/zh/search", "区域经济合作中心")).doesNotContain("/zh" + CERECO);
		long id = jdbc.sql("select id from organisation where slug = 'china-eu-regional-economic-cooperation-centre'")
			.query(Long.class)
			.single();
		transactions.executeWithoutResult((tx) -> entityManager.find(Organisation.class, id)
			.translate(Language.SIMPLIFIED_CHINESE,
					new Translation(PublicationStatus.PUBLISHED, Map.of("name", "中国—欧盟区域经济合作中心"))));
		assertThat(organisations("/zh/search", "区域经济合作中心")).first().isEqualTo("/zh" + CERECO);
	}

	@Test
	void aChineseSearchFindsAnUntranslatedOrganisationByItsEnglishName() throws Exception {
		Element hit = pages.html(get("/zh/search").param("q", "Cooperation Centre"))
			.selectFirst("#organisations li:has(a[href=/zh" + CERECO + "])");
		assertThat(hit.select("h3 a [lang=en]").text()).isEqualTo("China-EU Regional Economic Cooperation Centre");
	}

	@Test
	@Transactional
	void findsNoOrganisationThatIsNotPublished() throws Exception {
		jdbc.sql("update organisation set status = 'PENDING' where slug = 'torch-centre'").update();
		assertThat(organisations("/search", "Torch")).doesNotContain(TORCH_CENTRE);
		assertThat(organisations("/zh/search", "火炬")).doesNotContain("/zh" + TORCH_CENTRE);
	}

	private List<String> organisations(String path, String q) throws Exception {
		return pages.html(get(path).param("q", q).param("type", "organisations"))
			.select("#organisations h3 a")
			.eachAttr("href");
	}

}
