package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chinese pages write numbers, dates and country names as CLDR's Chinese does, and sort
 * names in pinyin; the English pages stay as they were.
 */
@PortalIntegrationTest
class ChinesePageFormatsTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void keyFactsAndDatesOfTheChinaPageInChinese() throws Exception {
		Document page = pages.html("/zh/countries/china");
		assertThat(page.select("#key-facts .key-fact__value").eachText()).contains("13.57亿", "959.7万平方公里", "15,095美元",
				"20.85万亿美元");
		assertThat(page.select("#key-facts .key-fact__value").eachText()).anyMatch((v) -> v.startsWith("人民币"));
		assertThat(page.select("#reviewed-on").text()).contains("2026年12月7日");
	}

	@Test
	@Transactional
	void clusterCardsOfEachGroupInPinyinOrderOfTheirChineseNames() throws Exception {
		// First by its English name, last by its Chinese one (zhuāngyuán).
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		Region delta = entityManager
			.createQuery("select r from Region r where r.slug = 'pearl-river-delta'", Region.class)
			.getSingleResult();
		Cluster cluster = new Cluster("aardvark-test-cluster", "Aardvark test cluster", china, delta, null);
		cluster.translate(Language.SIMPLIFIED_CHINESE,
				new Translation(PublicationStatus.PUBLISHED, Map.of("name", "庄园测试集群")));
		entityManager.persist(cluster);
		entityManager.flush();

		Document page = pages.html("/zh/countries/china");
		assertThat(page.select("#cluster-landscape .cluster-group:has(.card__title a:contains(庄园测试集群)) .card__title a")
			.eachText()).last().isEqualTo("庄园测试集群");
		assertThat(page.select("#cluster-landscape .cluster-group")).isNotEmpty().allSatisfy((group) -> {
			List<String> names = group.select(".card__title a").eachText();
			assertThat(names).isSortedAccordingTo(NameOrder.of(Language.SIMPLIFIED_CHINESE));
		});
		assertThat(page.select("#cluster-landscape .card__title a").eachText()).contains("无锡物联网产业集群");
	}

	@Test
	void termPagesListClustersAndCountriesInPinyinOrder() throws Exception {
		Document page = pages.html("/zh/sectors/C");
		List<String> clusters = page.select("#clusters li > a").eachText();
		List<String> countries = page.select("#countries li > a").eachText();
		assertThat(clusters).hasSizeGreaterThan(1).isSortedAccordingTo(NameOrder.of(Language.SIMPLIFIED_CHINESE));
		assertThat(countries).hasSizeGreaterThan(1)
			.contains("中国")
			.isSortedAccordingTo(NameOrder.of(Language.SIMPLIFIED_CHINESE));
	}

	@Test
	void keyFactsAndDatesOfTheChinaPageInEnglishAsBefore() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("#key-facts .key-fact__value").eachText()).contains("1.357 billion",
				"9.597 million km\u00b2", "US$15,095", "US$20.853 trillion", "Chinese Yuan (CNY)");
		assertThat(page.select("#reviewed-on").text()).contains("7 December 2026");
	}

	@Test
	void chineseCountryListNamesCountriesAsCldrDoesInPinyinOrder() throws Exception {
		Document page = pages.html("/zh/countries");
		List<String> others = page.select("section[aria-labelledby=others-heading] .country-list a").eachText();
		assertThat(others).contains("日本", "美国", "巴西", "台湾")
			.doesNotContain("Japan", "Taiwan")
			.isSortedAccordingTo(NameOrder.of(Language.SIMPLIFIED_CHINESE));
		assertThat(page.select(".map-table th[scope=row] a").eachText()).contains("台湾", "日本");
		assertThat(page.select(".world-map__link title").eachText()).anyMatch((t) -> t.startsWith("台湾"));
		assertThat(page.select("select, .country-list").text()).doesNotContain("中华民国", "台湾国");
	}

	@Test
	void englishCountryListKeepsTheStoredNamesInTheirOrder() throws Exception {
		List<String> others = pages.html("/countries")
			.select("section[aria-labelledby=others-heading] .country-list a")
			.eachText();
		assertThat(others).contains("Japan", "Taiwan", "United States").isSorted();
	}

}
