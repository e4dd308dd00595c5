package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory with more clusters than fit on a page, added in the test's transaction:
 * 20 a page, paged in SQL, in a fixed number of statements, and filtered by technology
 * field.
 */
@PortalIntegrationTest
@Transactional
class ClusterDirectoryPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ClusterDirectoryService directory;

	@Test
	void showsTwentyClustersAPageWithLinksToEveryPage() throws Exception {
		addClusters(25);
		Document first = page("/clusters");
		assertThat(ClusterDirectoryControllerTests.names(first)).hasSize(20);
		assertThat(first.select("main .pagination .meta").first().text()).isEqualTo("Showing 1–20 of 36");
		assertThat(first.select("main .pagination").first().select("li a").eachAttr("href"))
			.containsExactly("/clusters?page=1", "/clusters?page=2", "/clusters?page=2");
		assertThat(first.select("main .pagination").first().select("a[aria-current=page]").text()).isEqualTo("1");
		assertThat(first.select("main .pagination a[rel=next]").attr("href")).isEqualTo("/clusters?page=2");

		Document second = page("/clusters?page=2");
		assertThat(ClusterDirectoryControllerTests.names(second)).hasSize(16);
		assertThat(second.select("main .pagination .meta").first().text()).isEqualTo("Showing 21–36 of 36");
		assertThat(second.select("main .pagination").first().select("a[aria-current=page]").text()).isEqualTo("2");
		assertThat(second.select("main .pagination a[rel=prev]").attr("href")).isEqualTo("/clusters?page=1");
		assertThat(second.select("main .pagination a[rel=next]")).isEmpty();

		List<String> both = new ArrayList<>(ClusterDirectoryControllerTests.names(first));
		both.addAll(ClusterDirectoryControllerTests.names(second));
		assertThat(both).doesNotHaveDuplicates().hasSize(36).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0    | 1
			-3   | 1
			abc  | 1
			''   | 1
			2    | 2
			3    | 2
			999  | 2
			""")
	void showsTheFirstPageForANonsensePageNumberAndTheLastForOneTooFar(String page, String shown) throws Exception {
		addClusters(25);
		Document document = page("/clusters?page=" + page);
		assertThat(document.select("main .pagination").first().select("a[aria-current=page]").text()).isEqualTo(shown);
		assertThat(ClusterDirectoryControllerTests.names(document)).hasSize(shown.equals("1") ? 20 : 16);
	}

	@Test
	void keepsTheFiltersAndTheOrderInThePageLinks() throws Exception {
		addClusters(25);
		Document page = page("/clusters?sector=C29&sort=name,desc&page=2");
		assertThat(page.select("main .pagination .meta").first().text()).isEqualTo("Showing 21–27 of 27");
		assertThat(page.select("main .pagination").first().select("li a").eachAttr("href")).containsExactly(
				"/clusters?sector=C29&sort=name,desc&page=1", "/clusters?sector=C29&sort=name,desc&page=1",
				"/clusters?sector=C29&sort=name,desc&page=2");
		assertThat(ClusterDirectoryControllerTests.names(page)).last().isEqualTo("Chongqing automobile cluster");
	}

	@Test
	void cutsThePageInSqlAndCostsAFixedNumberOfStatements() throws Exception {
		addClusters(25);
		Statistics statistics = statistics("/clusters?sector=C&sort=city,asc&page=2");
		// Only the page's clusters are loaded, not all 32 to be cut in memory.
		assertThat(statistics.getEntityStatistics(Cluster.class.getName()).getLoadCount()).isEqualTo(12);

		// Full pages, so that each needs a count: the form's choices, the page, its
		// count, its terms.
		long statements = statistics("/clusters?sector=C&sort=city,asc").getPrepareStatementCount();
		addClusters(25);
		statistics = statistics("/clusters?sector=C&sort=city,asc");
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(statements).isLessThanOrEqualTo(7);
		assertThat(statistics.getEntityStatistics(Cluster.class.getName()).getLoadCount()).isEqualTo(20);
	}

	@Test
	void filtersByTechnologyFieldOrItsSection() throws Exception {
		addClusters(3);
		TechnologyField a61 = find(TechnologyField.class, "select t from TechnologyField t where t.code = 'A61'");
		Cluster wuxi = find(Cluster.class, "select c from Cluster c where c.slug = 'wuxi-iot-cluster'");
		wuxi.addTechnologyField(a61);
		entityManager.flush();

		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?field=Y04")))
			.containsExactly("paging-test-cluster-01", "paging-test-cluster-02", "paging-test-cluster-03");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?field=A")))
			.containsExactly("wuxi-iot-cluster");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?field=A61&region=yangtze-river-delta")))
			.containsExactly("wuxi-iot-cluster");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?field=Y&sector=J62&country=china")))
			.containsExactly("paging-test-cluster-02");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?field=A&sector=C"))).isEmpty();
		assertThat(page("/clusters?field=Y04").select("main .active-filters li > span").text()).isEqualTo(
				"Technology field: Y04 Information or communication technologies having an impact on other technology areas");
	}

	@Test
	void sortsByCountryWithTiesByName() throws Exception {
		Country japan = find(Country.class, "select c from Country c where c.slug = 'japan'");
		entityManager.persist(new Cluster("kansai-test-cluster", "Kansai test cluster", japan, null, "Osaka"));
		entityManager.persist(new Cluster("aichi-test-cluster", "Aichi test cluster", japan, null, null));
		entityManager.flush();

		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?sort=country,asc")))
			.startsWith("chengdu-hi-tech-industrial-development-zone")
			.endsWith("zhongguancun-science-park", "aichi-test-cluster", "kansai-test-cluster");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?sort=country,desc")))
			.startsWith("aichi-test-cluster", "kansai-test-cluster", "chengdu-hi-tech-industrial-development-zone")
			.endsWith("zhongguancun-science-park");
		// A cluster without a city comes last, whichever way the cities go.
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?sort=city,asc"))).last()
			.isEqualTo("aichi-test-cluster");
		assertThat(ClusterDirectoryControllerTests.slugs(page("/clusters?sort=city,desc"))).last()
			.isEqualTo("aichi-test-cluster");
		Document japanOnly = page("/clusters?country=japan");
		assertThat(ClusterDirectoryControllerTests.slugs(japanOnly)).containsExactly("aichi-test-cluster",
				"kansai-test-cluster");
		assertThat(japanOnly.select("main select[name=country] option").eachAttr("value")).containsExactly("", "china",
				"japan");
	}

	@Test
	void sortsByTheNamesOfChinesePagesInPinyinOrder() {
		Country japan = find(Country.class, "select c from Country c where c.slug = 'japan'");
		addCluster(japan, "shenzhen", PublicationStatus.PUBLISHED, "深圳测试集群");
		addCluster(japan, "beijing", PublicationStatus.PUBLISHED, "北京测试集群");
		addCluster(japan, "zeta", null, null);
		addCluster(japan, "shanghai", PublicationStatus.PUBLISHED, "上海测试集群");
		addCluster(japan, "aardvark", PublicationStatus.DRAFT, "草稿集群");
		entityManager.flush();
		ClusterFilter inJapan = ClusterFilter.of("japan", null, null, null);
		// Names without a published translation sort by their English name, after the
		// Chinese ones, as CLDR's Chinese order has it.
		assertThat(slugs(directory.search(inJapan, ClusterSort.DEFAULT, 0, Language.SIMPLIFIED_CHINESE)))
			.containsExactly("beijing", "shanghai", "shenzhen", "aardvark", "zeta");
		assertThat(slugs(
				directory.search(inJapan, ClusterSort.fromParameter("name,desc"), 0, Language.SIMPLIFIED_CHINESE)))
			.containsExactly("zeta", "aardvark", "shenzhen", "shanghai", "beijing");
		assertThat(slugs(directory.search(inJapan, ClusterSort.DEFAULT, 0, Language.ENGLISH)))
			.containsExactly("aardvark", "beijing", "shanghai", "shenzhen", "zeta");
	}

	// 日本 (Rìběn) before 中国 (Zhōngguó) in pinyin order, the other way round in English;
	// within a country by the names in Chinese.
	@Test
	void sortsByTheNamesOfTheCountriesOnChinesePages() {
		Country japan = find(Country.class, "select c from Country c where c.slug = 'japan'");
		addCluster(japan, "shenzhen", PublicationStatus.PUBLISHED, "深圳测试集群");
		addCluster(japan, "beijing", PublicationStatus.PUBLISHED, "北京测试集群");
		entityManager.flush();
		ClusterFilter all = ClusterFilter.of(null, null, null, null);
		assertThat(
				slugs(directory.search(all, ClusterSort.fromParameter("country,asc"), 0, Language.SIMPLIFIED_CHINESE)))
			.startsWith("beijing", "shenzhen")
			.doesNotHaveDuplicates()
			.hasSize(13);
		assertThat(
				slugs(directory.search(all, ClusterSort.fromParameter("country,desc"), 0, Language.SIMPLIFIED_CHINESE)))
			.endsWith("beijing", "shenzhen");
		assertThat(slugs(directory.search(all, ClusterSort.fromParameter("country,asc"), 0, Language.ENGLISH)))
			.endsWith("beijing", "shenzhen");
	}

	private void addCluster(Country country, String slug, PublicationStatus status, String chineseName) {
		String englishName = Character.toUpperCase(slug.charAt(0)) + slug.substring(1) + " test cluster";
		Cluster cluster = new Cluster(slug, englishName, country, null, null);
		if (status != null) {
			cluster.translate(Language.SIMPLIFIED_CHINESE, new Translation(status, Map.of("name", chineseName)));
		}
		entityManager.persist(cluster);
	}

	private static List<String> slugs(ClusterSearch search) {
		return search.results().getContent().stream().map(Cluster::getSlug).toList();
	}

	/**
	 * Adds clusters named "Paging test cluster 01" and on, in C29 and Y04, in the Pearl
	 * River Delta.
	 */
	private void addClusters(int count) {
		Country china = find(Country.class, "select c from Country c where c.slug = 'china'");
		Region delta = find(Region.class, "select r from Region r where r.slug = 'pearl-river-delta'");
		Sector c29 = find(Sector.class, "select s from Sector s where s.code = 'C29'");
		Sector j62 = find(Sector.class, "select s from Sector s where s.code = 'J62'");
		TechnologyField y04 = find(TechnologyField.class, "select t from TechnologyField t where t.code = 'Y04'");
		long existing = entityManager
			.createQuery("select count(c) from Cluster c where c.slug like 'paging-test-%'", Long.class)
			.getSingleResult();
		for (long i = existing + 1; i <= existing + count; i++) {
			String number = String.format("%02d", i);
			Cluster cluster = new Cluster("paging-test-cluster-" + number, "Paging test cluster " + number, china,
					delta, "Foshan");
			cluster.addSector(c29);
			cluster.addTechnologyField(y04);
			if (i % 2 == 0) {
				cluster.addSector(j62);
			}
			entityManager.persist(cluster);
		}
		entityManager.flush();
	}

	private Statistics statistics(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		mvc.perform(get(url)).andExpect(status().isOk());
		return statistics;
	}

	private Document page(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.html(url);
	}

	private <T> T find(Class<T> type, String query) {
		return entityManager.createQuery(query, type).getSingleResult();
	}

}
