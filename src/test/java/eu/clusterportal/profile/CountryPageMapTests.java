package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The China page shows the clusters with a place on a map of China, each a link to its
 * page, and lists the same clusters by city for those who cannot see the map.
 */
@PortalIntegrationTest
class CountryPageMapTests {

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void drawsChinaAndLinksEveryPlacedClusterFromItsPoint() throws Exception {
		Element map = pages.html("/countries/china").selectFirst("#cluster-map");
		Element svg = map.selectFirst("figure svg");
		assertThat(svg.attr("viewBox")).isEqualTo("0 0 665.6 487.5");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("cluster-map-title");
		assertThat(svg.selectFirst("title#cluster-map-title").text())
			.isEqualTo("Map of China with its clusters at their cities");
		assertThat(svg.select("path.map__area.is-home")).hasSize(1);
		assertThat(svg.select("path.map__area").size()).isGreaterThan(10);
		List<Element> points = svg.select("a.map__point");
		assertThat(points).hasSize(11);
		assertThat(points.stream().map((a) -> a.attr("href")))
			.contains("/clusters/zhongguancun-science-park", "/clusters/wuxi-iot-cluster",
					"/clusters/wuxi-photovoltaic-cluster")
			.doesNotHaveDuplicates();
		Element beijing = svg.selectFirst("a[href=/clusters/zhongguancun-science-park]");
		assertThat(beijing.attr("aria-label")).isEqualTo("Zhongguancun Science Park (Z-Park), Beijing");
		assertThat(beijing.selectFirst("title").text()).isEqualTo("Zhongguancun Science Park (Z-Park), Beijing");
		// Beijing, 39.90 N 116.41 E, in the projection of the China map.
		assertThat(beijing.selectFirst("circle").attr("cx")).isEqualTo("454.7");
		assertThat(beijing.selectFirst("circle").attr("cy")).isEqualTo("188.8");
		// The two clusters in Wuxi each keep a point of their own.
		assertThat(svg.select("a[href^=/clusters/wuxi] circle").stream().map((c) -> c.attr("cx") + " " + c.attr("cy")))
			.hasSize(2)
			.doesNotHaveDuplicates();
	}

	@Test
	void saysWhatTheMapShowsAndListsTheSameClustersByCity() throws Exception {
		Document page = pages.html("/countries/china");
		Element map = page.selectFirst("#cluster-map");
		assertThat(map.selectFirst("figcaption").text())
			.startsWith(
					"The clusters recorded in this portal whose place is known (11 of China's 11), each at its city; "
							+ "it is not a map of all of China's industrial clusters.")
			.contains("Natural Earth");
		Element table = map.selectFirst("table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("The clusters on the map, by city");
		assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("Beijing", "Chengdu", "Chongqing",
				"Dalian", "Guangzhou", "Shanghai", "Shenzhen", "Tonghua, Jilin", "Wuhan", "Wuxi");
		Element wuxi = table.select("tbody tr").last();
		assertThat(wuxi.select("a").eachText()).containsExactly("Wuxi IoT cluster", "Wuxi photovoltaic cluster");
		assertThat(table.select("tbody a").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(map.select("svg a").eachAttr("href"));
		assertThat(page.select("nav.toc a[href=#cluster-map]").text()).isEqualTo("Clusters on the map");
	}

	@Test
	@Transactional
	void leavesOffTheMapAClusterWithoutAPlaceAndSaysSo() throws Exception {
		jdbc.sql("update cluster set latitude = null, longitude = null where slug = 'wuxi-iot-cluster'").update();

		Element map = pages.html("/countries/china").selectFirst("#cluster-map");
		assertThat(map.select("svg a")).hasSize(10);
		assertThat(map.select("svg a[href=/clusters/wuxi-iot-cluster], table a[href=/clusters/wuxi-iot-cluster]"))
			.isEmpty();
		assertThat(map.selectFirst("figcaption").text()).contains("(10 of China's 11)");
	}

	@Test
	@Transactional
	void showsNoMapWhenNoClusterHasAPlace() throws Exception {
		jdbc.sql("update cluster set latitude = null, longitude = null").update();

		Document page = pages.html("/countries/china");
		assertThat(page.select("#cluster-map, nav.toc a[href=#cluster-map]")).isEmpty();
		assertThat(page.select("#cluster-landscape .card")).hasSize(11);
	}

}
