package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Chinese pages write numbers, dates and country names as CLDR's Chinese does, and sort
 * names in pinyin; the English pages stay as they were.
 */
@PortalIntegrationTest
class ChinesePageFormatsTests {

	@Autowired
	WebPages pages;

	@Test
	void keyFactsAndDatesOfTheChinaPageInChinese() throws Exception {
		Document page = pages.html("/zh/countries/china");
		assertThat(page.select("#key-facts .key-fact__value").eachText()).contains("13.57亿", "959.7万平方公里", "15,095美元",
				"20.85万亿美元");
		assertThat(page.select("#key-facts .key-fact__value").eachText()).anyMatch((v) -> v.startsWith("人民币"));
		assertThat(page.select("#reviewed-on").text()).contains("2026年12月7日");
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
