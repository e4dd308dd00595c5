package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The China page leads to the organisations in China and names the bodies that help
 * European clusters there (the demo's four), in both languages.
 */
@PortalIntegrationTest
class CountryPageOrganisationsTests {

	@Autowired
	WebPages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theChinaPageLinksItsOrganisationsAndNamesWhoCanHelp() throws Exception {
		Document page = pages.html("/countries/china");
		assertThat(page.select("#cluster-landscape a[href=/organisations?country=china]").text())
			.isEqualTo("Organisations in China");

		Element cooperation = page.getElementById("cooperation-opportunities");
		assertThat(cooperation.selectFirst("#support-bodies").text())
			.isEqualTo("Who can help European clusters in China");
		assertThat(cooperation.select("#support-bodies + ul a").eachText()).containsExactly("China IPR Helpdesk",
				"China-EU Regional Economic Cooperation Centre", "EU SME Centre",
				"European Union Chamber of Commerce in China");
		assertThat(cooperation.select("#support-bodies + ul a").eachAttr("href"))
			.contains("/organisations/eu-sme-centre", "/organisations/european-union-chamber-of-commerce-in-china");
		Element all = cooperation.selectFirst("a[href=/organisations?country=china&help=true]");
		assertThat(all.text()).isEqualTo("All organisations that help European clusters in China");
		assertThat(pages.html(all.attr("href")).select("main tbody tr")).hasSize(4);
	}

	@Test
	@Transactional
	void namesOnlyPublishedOrganisations() throws Exception {
		jdbc.update(
				"update organisation set status = 'UNPUBLISHED', status_reason = 'Closed' where slug = 'eu-sme-centre'");
		assertThat(pages.html("/countries/china").select("#support-bodies + ul a").eachText()).containsExactly(
				"China IPR Helpdesk", "China-EU Regional Economic Cooperation Centre",
				"European Union Chamber of Commerce in China");
	}

	@Test
	void theChinesePageNamesThemInChineseInPinyinOrder() throws Exception {
		Document page = pages.html("/zh/countries/china");
		assertThat(page.select("#cluster-landscape a[href=/zh/organisations?country=china]").text())
			.isEqualTo("中国的相关机构");

		Element cooperation = page.getElementById("cooperation-opportunities");
		assertThat(cooperation.selectFirst("#support-bodies").text()).isEqualTo("在中国为欧洲集群提供支持的机构");
		// 欧盟 (ōu), 中国欧盟 (zhōng guó ōu), 中国知识 (zhōng guó zhī); the draft name
		// stays English, after the Chinese ones
		assertThat(cooperation.select("#support-bodies + ul a").eachText()).containsExactly("欧盟中小企业中心", "中国欧盟商会",
				"中国知识产权服务台", "China-EU Regional Economic Cooperation Centre （尚未翻译）");
		assertThat(cooperation.select("#support-bodies + ul a [lang=en]").text())
			.isEqualTo("China-EU Regional Economic Cooperation Centre");
		assertThat(cooperation.selectFirst("a[href=/zh/organisations?country=china&help=true]").text())
			.isEqualTo("在中国为欧洲集群提供支持的全部机构");
	}

}
