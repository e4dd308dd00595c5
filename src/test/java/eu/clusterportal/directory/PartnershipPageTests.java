package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.LocalDate;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class PartnershipPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void showsThePartnershipWithItsFiguresTermsAndTargets() throws Exception {
		Document page = page("/partnerships/MAGIA2Market");
		assertThat(page.title()).isEqualTo("MAGIA2Market · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("MAGIA2Market");
		assertThat(page.select("main .prose p").text()).contains("targeting China, Japan and the United States");
		assertThat(page.select(".key-fact dd").eachText()).containsExactly(
				"560 Source: ECCP country page, ESCP-4i table", "4 Source: ECCP country page, ESCP-4i table");
		assertThat(page.select("#technology-fields a").eachAttr("href")).containsExactly("/technology-fields/A61");
		assertThat(page.select("#technology-fields li").text()).isEqualTo("A61 Medical or veterinary science; hygiene");
		assertThat(page.select("#sectors a").eachAttr("href")).containsExactly("/sectors/Q86");
		assertThat(page.select("#targets a").eachAttr("href")).containsExactly("/countries/china", "/countries/japan",
				"/countries/united-states");
		assertThat(page.select("main h2").eachText()).containsExactly("Technology fields", "Sectoral industries",
				"Targeted third countries");
		assertThat(page.select("main .empty-state").eachText())
			.containsExactly("Not recorded yet: Member clusters, News.");
	}

	@Test
	void showsWhatIsKnownAndNamesWhatIsNotInOneSentence() throws Exception {
		Document page = page("/partnerships/DIA");
		// No bare dash in an empty tile, no empty box.
		assertThat(page.select(".key-fact")).isEmpty();
		assertThat(page.select("main").text()).doesNotContain("–");
		assertThat(page.select("main h2").eachText()).containsExactly("Sectoral industries",
				"Targeted third countries");
		assertThat(page.select("main .empty-state").eachText()).containsExactly(
				"Not recorded yet: No. of SMEs involved, No. of partners, Technology fields, Member clusters, News.");
	}

	@Test
	void listsTheMemberClustersAndTheNewsNewestFirst() throws Exception {
		Partnership nf4 = partnership("NF4");
		nf4.addMember(cluster("zhongguancun-science-park"));
		nf4.addMember(cluster("dalian-software-outsourcing-cluster"));
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		news(china, "Older NF4 news", LocalDate.of(2024, 3, 1), nf4);
		news(china, "Newest NF4 news", LocalDate.of(2025, 6, 1), nf4);
		news(china, "Middle NF4 news", LocalDate.of(2024, 9, 1), nf4);
		news(china, "GIVE news", LocalDate.of(2025, 7, 1), partnership("GIVE"));
		news(china, "General news", LocalDate.of(2025, 8, 1), null);
		entityManager.flush();
		entityManager.clear();

		Document page = page("/partnerships/NF4");
		assertThat(page.select("#members a").eachText()).containsExactly("Dalian software outsourcing cluster",
				"Zhongguancun Science Park (Z-Park)");
		assertThat(page.select("#members a").eachAttr("href"))
			.containsExactly("/clusters/dalian-software-outsourcing-cluster", "/clusters/zhongguancun-science-park");
		assertThat(page.select("#news h3").eachText()).containsExactly("Newest NF4 news", "Middle NF4 news",
				"Older NF4 news");
		assertThat(page.select("#news time").first().text()).isEqualTo("1 June 2025");
	}

	@Test
	void leavesDraftNewsOut() throws Exception {
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		news(china, "Published NF4 news", LocalDate.of(2025, 6, 1), partnership("NF4"));
		news(china, "Draft NF4 news", LocalDate.of(2025, 7, 1), partnership("NF4"));
		entityManager.createQuery("update NewsItem n set n.status = 'DRAFT' where n.title = 'Draft NF4 news'")
			.executeUpdate();
		entityManager.clear();

		assertThat(page("/partnerships/NF4").select("#news h3").eachText()).containsExactly("Published NF4 news");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/partnerships/nf4", "/partnerships/Nf4", "/partnerships/NF4" })
	void findsAPartnershipWhateverTheCaseOfItsAcronym(String url) throws Exception {
		assertThat(page(url).select("main h1").text()).isEqualTo("NF4");
	}

	@Test
	void findsAnAcronymWithASuperscriptAsTheTableLinksIt() throws Exception {
		Document list = page("/partnerships");
		String href = list.select("#partnerships tbody th a:contains(AdPack²)").attr("href");
		assertThat(href).isEqualTo("/partnerships/AdPack%C2%B2");
		assertThat(page(href).select("main h1").text()).isEqualTo("AdPack²");
		assertThat(page("/partnerships/adpack%C2%B2").select("main h1").text()).isEqualTo("AdPack²");
	}

	@Test
	void answersAnUnknownAcronymWithNotFound() throws Exception {
		mvc.perform(get("/partnerships/NOPE")).andExpect(status().isNotFound());
		// An encoded percent sign never reaches the portal: the security firewall refuses
		// it.
		mvc.perform(get(URI.create("/partnerships/%25"))).andExpect(status().isBadRequest());
	}

	@Test
	void linksTheAcronymsAndTermsOnTheCountryPage() throws Exception {
		Element row = page("/countries/china").selectFirst("#partnerships tr[data-acronym=GIVE]");
		assertThat(row.select("th a").attr("href")).isEqualTo("/partnerships/GIVE");
		assertThat(row.select("td").get(2).select("a").eachAttr("href")).containsExactly("/sectors/C29",
				"/sectors/S94");
		assertThat(page("/countries/china").select("#cluster-landscape a.term").first().attr("href"))
			.startsWith("/sectors/");
	}

	private Partnership partnership(String acronym) {
		return entityManager.createQuery("select p from Partnership p where p.acronym = :a", Partnership.class)
			.setParameter("a", acronym)
			.getSingleResult();
	}

	private Cluster cluster(String slug) {
		return entityManager.createQuery("select c from Cluster c where c.slug = :s", Cluster.class)
			.setParameter("s", slug)
			.getSingleResult();
	}

	private void news(Country country, String title, LocalDate date, Partnership about) {
		NewsItem item = new NewsItem(country, NewsChannel.ESCP4I, title, date);
		entityManager.persist(item);
		entityManager.flush();
		// News items get their partnership only from editors' data, so the test sets the
		// column.
		entityManager.createQuery("update NewsItem n set n.partnership = :p where n = :n")
			.setParameter("p", about)
			.setParameter("n", item)
			.executeUpdate();
	}

	/** The page at a URL as a browser sends it, already encoded. */
	private Document page(String url) throws Exception {
		return pages.html(get(URI.create(url)));
	}

}
