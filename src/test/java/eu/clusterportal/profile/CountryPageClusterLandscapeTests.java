package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cluster landscape of the China page leads to the cluster directory and charts its
 * groups.
 */
@PortalIntegrationTest
class CountryPageClusterLandscapeTests {

	@Autowired
	WebPages pages;

	@Test
	void linksEachClusterToItsPageAndEachRegionToItsClusters() throws Exception {
		Element landscape = landscape("/countries/china");
		assertThat(landscape.select(".card__title a").eachAttr("href")).hasSize(11)
			.contains("/clusters/guangzhou-automobile-city-cluster", "/clusters/wuxi-iot-cluster");
		assertThat(landscape.selectFirst(".card__title a[href=/clusters/wuxi-iot-cluster]").text())
			.isEqualTo("Wuxi IoT cluster");
		assertThat(landscape.select(".cluster-group h3 a").eachAttr("href")).containsExactly(
				"/clusters?region=pearl-river-delta", "/clusters?region=yangtze-river-delta",
				"/clusters?region=beijing-tianjin-hebei");
		// The clusters outside the named regions have no region to browse.
		assertThat(landscape.select(".cluster-group h3").last().text()).isEqualTo("Elsewhere in China");
		assertThat(landscape.select(".cluster-group h3").last().select("a")).isEmpty();
		Element browse = landscape.selectFirst("a:contains(Browse these clusters)");
		assertThat(browse.attr("href")).isEqualTo("/clusters?country=china");
	}

	@Test
	void linksEachSectorGroupToTheCountrysClustersInThatSector() throws Exception {
		Element landscape = landscape("/countries/china?clusters=sector");
		assertThat(landscape.select(".cluster-group h3 a").eachAttr("href")).startsWith(
				"/clusters?country=china&sector=C21", "/clusters?country=china&sector=C26",
				"/clusters?country=china&sector=C27", "/clusters?country=china&sector=C29");
	}

	@Test
	void chartsTheClustersPerRegionAsAnAccessibleInlineSvg() throws Exception {
		Element chart = landscape("/countries/china").selectFirst("figure.chart svg");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-labelledby")).isEqualTo("cluster-chart-title cluster-chart-desc");
		assertThat(chart.selectFirst("title#cluster-chart-title").text()).isEqualTo("Number of clusters per region");
		assertThat(chart.selectFirst("desc#cluster-chart-desc").text()).isEqualTo("Pearl River Delta: 2 clusters; "
				+ "Yangtze River Delta: 3 clusters; Beijing-Tianjin-Hebei (Bohai Rim): 2 clusters; "
				+ "Elsewhere in China: 4 clusters");
		assertThat(chart.select("text.bar-chart__label").eachText()).containsExactly("Pearl River Delta",
				"Yangtze River Delta", "Beijing-Tianjin-Hebei (Bohai Rim)", "Elsewhere in China");
		assertThat(chart.select("text.bar-chart__count").eachText()).containsExactly("2", "3", "2", "4");
		// Bars scale to the largest group: 4 clusters fill the 560 units.
		assertThat(chart.select("rect").eachAttr("width")).containsExactly("280", "420", "280", "560");
		assertThat(chart.attr("viewbox")).isEqualTo("0 0 640 176");
		// Self-contained: no script, no link to anything outside the page.
		assertThat(chart.select("script, image, use, a, foreignObject")).isEmpty();
		assertThat(chart.outerHtml()).doesNotContain("href");
	}

	@Test
	void theChineseChartAndCardsUseChinesePunctuation() throws Exception {
		Element landscape = landscape("/zh/countries/china");
		assertThat(landscape.selectFirst("desc#cluster-chart-desc").text()).contains("：2个集群；").doesNotContain("; ");
		assertThat(landscape.select(".card .meta .visually-hidden").eachText()).hasSize(11).containsOnly("所在地：");
	}

	@Test
	void chartsTheClustersPerSectorWhenGroupedBySector() throws Exception {
		Element figure = landscape("/countries/china?clusters=sector").selectFirst("figure.chart");
		Element chart = figure.selectFirst("svg");
		assertThat(chart.selectFirst("title").text()).isEqualTo("Number of clusters per sector");
		assertThat(chart.select("text.bar-chart__label").eachText()).startsWith(
				"C21 Manufacture of basic pharmaceutical products and pharmaceutical preparations",
				"C26 Manufacture of computer, electronic and optical products");
		assertThat(chart.select("text.bar-chart__count").eachText()).startsWith("2", "2", "2", "2", "2", "1", "1");
		assertThat(figure.selectFirst("figcaption").text())
			.isEqualTo("A cluster with several sectors counts once for each.");
	}

	@Test
	void drawsNoChartForACountryWithoutProfile() throws Exception {
		Document japan = pages.html("/countries/japan");
		assertThat(japan.select("svg")).isEmpty();
	}

	private Element landscape(String url) throws Exception {
		return pages.html(url).getElementById("cluster-landscape");
	}

}
