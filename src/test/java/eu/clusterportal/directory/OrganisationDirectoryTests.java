package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class OrganisationDirectoryTests {

	/** Every organisation of the briefing's Annex A.3, the repeated ministries once. */
	private static final List<String> ANNEX = List.of("ministry-of-industry-and-information-technology",
			"ministry-of-science-and-technology", "national-development-and-reform-commission", "torch-centre",
			"china-eu-regional-economic-cooperation-centre", "beijing-municipal-science-and-technology-commission",
			"china-ipr-helpdesk", "chongqing-science-and-technology-commission", "eu-sme-centre",
			"european-union-chamber-of-commerce-in-china", "guangdong-provincial-department-of-science-and-technology",
			"jiangsu-provincial-department-of-science-and-technology",
			"zhejiang-provincial-department-of-science-and-technology", "shanghai-science-and-technology-committee",
			"tianjin-municipal-science-and-technology-commission", "china-association-of-automobile-manufacturers",
			"china-auto-info", "china-auto-statistic", "society-of-automotive-engineers-of-china",
			"china-medicinal-biotech-association", "shanghai-bio-industry-association",
			"chinese-society-of-biotechnology", "shanghai-society-of-biotechnology", "china-biotech",
			"china-energy-society", "china-renewable-energy-society", "beijing-new-energy-association",
			"beijing-energy-network", "chinese-wind-energy-association", "energy-research-institute-ndrc",
			"china-academy-of-information-and-communications-technology", "institute-of-computing-technology-cas",
			"china-information-association", "china-information-technology-industry-association",
			"chinese-institute-of-electronics", "china-electronics-and-information-technology-industries-association");

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoHasEveryAnnexOrganisationOnceWithTheAnnexsWebsite() {
		assertThat(jdbc.queryForList("select slug from organisation", String.class))
			.containsExactlyInAnyOrderElementsOf(ANNEX);
		assertThat(jdbc.queryForObject("select count(distinct website) from organisation", Integer.class))
			.isEqualTo(ANNEX.size());
		assertThat(jdbc.queryForObject(
				"select count(*) from organisation where website_source <> 'PREPARATORY_BRIEFING' or contact is not null",
				Integer.class))
			.isZero();
	}

	@Test
	void listsEveryOrganisationByNameOnTwoPages() throws Exception {
		Document first = pages.html("/organisations");
		assertThat(first.select("main h1").text()).isEqualTo("Organisations");
		assertThat(first.select("#results-heading").text()).isEqualTo("36 organisations");
		assertThat(first.select(".pagination .meta").text()).isEqualTo("Showing 1–20 of 36");
		List<String> names = new ArrayList<>(names(first));
		names.addAll(names(pages.html("/organisations?page=2")));
		assertThat(names).hasSize(36).doesNotHaveDuplicates().isSortedAccordingTo(NameOrder.of(Language.ENGLISH));
		assertThat(names.get(0)).isEqualTo("Beijing Energy Network");
		assertThat(first.select("tbody th a").first().attr("href")).isEqualTo("/organisations/beijing-energy-network");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					type=chamber-of-commerce             | European Union Chamber of Commerce in China
					region=pearl-river-delta             | Guangdong Provincial Department of Science and Technology
					sector=C29                           | China Association of Automobile Manufacturers (CAAM);China Auto Info;China Auto Statistic;Society of Automotive Engineers of China (SAE-China)
					type=research-organisation&sector=J  | China Academy of Information and Communications Technology (CAICT);Institute of Computing Technology, Chinese Academy of Sciences
					help=true                            | China IPR Helpdesk;China-EU Regional Economic Cooperation Centre;EU SME Centre;European Union Chamber of Commerce in China
					help=true&type=other                 | China IPR Helpdesk;China-EU Regional Economic Cooperation Centre;EU SME Centre
					""")
	void filtersByTypeRegionSectorAndWhoCanHelp(String query, String expected) throws Exception {
		Document page = pages.html("/organisations?" + query);
		assertThat(names(page)).containsExactly(expected.split(";"));
		assertThat(page.select("p.notice")).isEmpty();
	}

	@Test
	void sectionsTakeInTheirDivisionsAndUnknownFiltersAreIgnoredAndSaidSo() throws Exception {
		assertThat(names(pages.html("/organisations?sector=D"))).hasSize(6);
		Document unknown = pages.html("/organisations?type=pirate&sector=ZZ");
		assertThat(names(unknown)).hasSize(20);
		assertThat(unknown.select("p.notice").text()).contains("ignored");
		Document empty = pages.html("/organisations?field=Y04");
		assertThat(empty.select(".empty-state").text()).contains("No organisation matches");
	}

	@Test
	void whoCanHelpIsItsOwnViewLinkedFromTheDirectory() throws Exception {
		Document all = pages.html("/organisations");
		assertThat(all.select("main a[href=/organisations?help=true]").text())
			.isEqualTo("Who can help European clusters");
		Document help = pages.html("/organisations?help=true&sort=type");
		assertThat(help.select("main h1").text()).isEqualTo("Who can help");
		assertThat(names(help)).containsExactly("European Union Chamber of Commerce in China", "China IPR Helpdesk",
				"China-EU Regional Economic Cooperation Centre", "EU SME Centre");
		assertThat(help.select("form.filter-panel input[name=help]").val()).isEqualTo("true");
		assertThat(help.select(".pagination a, tbody a").eachAttr("href")).isNotEmpty();
	}

	@Test
	void chinesePagesShowOfficialChineseNamesInPinyinOrderAndMarkUncheckedOnes() throws Exception {
		Document page = pages.html("/zh/organisations?page=1");
		assertThat(page.select("main h1").text()).isEqualTo("机构名录");
		assertThat(page.select("#results-heading").text()).isEqualTo("36家机构");
		List<String> names = new ArrayList<>(page.select("tbody th[scope=row] a").eachText());
		assertThat(page.select(".pagination a[rel=next]").attr("href")).isEqualTo("/zh/organisations?sort=name&page=2");
		names.addAll(pages.html("/zh/organisations?page=2").select("tbody th[scope=row] a").eachText());
		assertThat(names).contains("工业和信息化部", "中国欧盟商会", "欧盟中小企业中心", "中国知识产权服务台");
		List<String> chinese = names.stream().filter((n) -> n.codePointAt(0) > 0x2E80).toList();
		assertThat(chinese).isSortedAccordingTo(NameOrder.of(Language.SIMPLIFIED_CHINESE));
		assertThat(chinese.get(0)).isEqualTo("北京市科学技术委员会");
		// a name whose official Chinese form the editors have not confirmed stays in
		// English, marked
		Document draft = pages.html("/zh/organisations/china-auto-info");
		assertThat(draft.select("main h1").text()).isEqualTo("China Auto Info （尚未翻译）");
		assertThat(draft.select("main h1 span[lang=en]").text()).isEqualTo("China Auto Info");
	}

	@Test
	void anOrganisationsPageShowsItsFactsWithWhereTheyComeFrom() throws Exception {
		Document page = pages.html("/organisations/eu-sme-centre");
		assertThat(page.select("main h1").text()).isEqualTo("EU SME Centre");
		assertThat(page.select("main .lead").text()).contains("ENRICH in China");
		assertThat(page.select("#type dd a").text()).isEqualTo("Other");
		assertThat(page.select("#type .provenance").text()).contains("inferred by the editors from the name");
		assertThat(page.select("#location").text()).contains("Beijing").contains("China");
		assertThat(page.select("#website a").attr("href")).isEqualTo("http://www.eusmecentre.org");
		assertThat(page.select("#website .provenance").text())
			.contains("“www.eusmecentre.org.” with a trailing full stop");
		assertThat(page.select("#contact")).isEmpty();
		assertThat(page.select("p.empty-state").text()).contains("Contact");

		Document automotive = pages.html("/organisations/society-of-automotive-engineers-of-china");
		assertThat(automotive.select("#sectors .terms").text()).contains("C29");
		assertThat(automotive.select("#sectors .provenance").text()).contains("“Automotive”");

		Document chinese = pages.html("/zh/organisations/torch-centre");
		assertThat(chinese.select("main h1").text()).isEqualTo("科学技术部火炬高技术产业开发中心");
		assertThat(chinese.select("main .lead").text()).contains("火炬计划");
		assertThat(chinese.select("#type dd a").text()).isEqualTo("政府所属机构");

		mvc.perform(get("/organisations/no-such-organisation")).andExpect(status().isNotFound());
	}

	@Test
	void exportsTheFilteredOrganisationsAsCsvInThePagesLanguageWithTheirSources() throws Exception {
		Document page = pages.html("/organisations?help=true&type=chamber-of-commerce");
		assertThat(page.select("a[download]").attr("href"))
			.isEqualTo("/organisations.csv?type=chamber-of-commerce&help=true&sort=name");
		String csv = mvc.perform(get("/organisations.csv?help=true&sort=type"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("\uFEFF\"Name\",\"Type\",\"City\",\"Region\",\"Country\",\"Website\",\"Sources\"");
		assertThat(lines.get(1)).startsWith(
				"\"European Union Chamber of Commerce in China\",\"Chamber of commerce\",\"\",\"\",\"China\",\"http://www.europeanchamber.com.cn\",\"Type: editorial classification");
		assertThat(csv).contains("Website: Preparatory Briefing, Annex A.3, which writes “www.eusmecentre.org.”");

		String chinese = mvc.perform(get("/zh/organisations.csv?help=true&sort=type"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(chinese.lines().skip(1).findFirst().orElseThrow()).startsWith("\"中国欧盟商会\",\"商会\",\"\",\"\",\"中国\"");
	}

	@Test
	void anOrganisationStaysInItsCountryWhenItsRegionIsDeleted() {
		jdbc.update(
				"""
						insert into region (country_id, slug, name) select id, 'hainan', 'Hainan' from country where slug = 'china'""");
		jdbc.update(
				"update organisation set region_id = (select id from region where slug = 'hainan') where slug = 'china-biotech'");
		jdbc.update("delete from region where slug = 'hainan'");
		assertThat(jdbc.queryForMap(
				"""
						select c.slug as country, o.region_id as region from organisation o join country c on c.id = o.country_id
						where o.slug = 'china-biotech'"""))
			.containsEntry("country", "china")
			.containsEntry("region", null);
	}

	@Test
	void theCountryAndClusterPagesLinkTheCountrysOrganisations() throws Exception {
		assertThat(pages.html("/countries/china").select("a[href=/organisations?country=china]").text())
			.isEqualTo("Organisations in China");
		assertThat(pages.html("/zh/countries/china").select("a[href=/zh/organisations?country=china]").text())
			.isEqualTo("中国的相关机构");
		assertThat(pages.html("/clusters/chongqing-automobile-cluster")
			.select("main a[href=/organisations?country=china]")
			.text()).isEqualTo("Organisations in China");
	}

	@Test
	void onlyPublishedOrganisationsAreOnPublicPages() throws Exception {
		jdbc.update("update organisation set status = 'PENDING' where slug = 'china-biotech'");
		jdbc.update("update organisation set status = 'REFUSED', status_reason = 'Not an organisation' "
				+ "where slug = 'china-auto-info'");
		jdbc.update(
				"update organisation set status = 'UNPUBLISHED', status_reason = 'Closed' where slug = 'eu-sme-centre'");

		assertThat(pages.html("/organisations").select("#results-heading").text()).isEqualTo("33 organisations");
		assertThat(pages.html("/organisations?help=true").text()).doesNotContain("EU SME Centre");
		for (String slug : List.of("china-biotech", "china-auto-info", "eu-sme-centre")) {
			mvc.perform(get("/organisations/" + slug)).andExpect(status().isNotFound());
		}
		String csv = mvc.perform(get("/organisations.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Torch").doesNotContain("China Biotech", "EU SME Centre", "China Auto Info");
		String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).contains("/organisations/torch-centre").doesNotContain("/organisations/eu-sme-centre");
	}

	@Test
	void anOrganisationsPageLinksThePartnershipsOfTheClustersItRuns() throws Exception {
		assertThat(pages.html("/organisations/torch-centre").select("#partnerships")).isEmpty();
		// the demo content links no organisation to a cluster, nor a cluster to a
		// partnership
		jdbc.update("""
				insert into organisation_cluster (organisation_id, cluster_id)
				select o.id, k.id from organisation o, cluster k
				where o.slug = 'torch-centre' and k.slug in ('chongqing-automobile-cluster', 'wuxi-iot-cluster')""");
		jdbc.update("""
				insert into partnership_member (partnership_id, cluster_id)
				select p.id, k.id from partnership p, cluster k
				where (p.acronym, k.slug) in (('NF4', 'chongqing-automobile-cluster'), ('DIA', 'wuxi-iot-cluster'),
					('NF4', 'wuxi-iot-cluster'))""");
		// the first page left the organisation, without clusters, in the test's
		// persistence context
		entityManager.clear();

		Document page = pages.html("/organisations/torch-centre");
		assertThat(page.select("#partnerships h2").text()).isEqualTo("Partnerships of the clusters it runs");
		assertThat(page.select("#partnerships li strong").eachText()).containsExactly("DIA", "NF4");
		assertThat(page.select("#partnerships li a").eachAttr("href")).containsExactly("/partnerships/DIA",
				"/partnerships/NF4");
		assertThat(pages.html("/zh/organisations/torch-centre").select("#partnerships h2").text())
			.isEqualTo("其运营的集群所参与的伙伴关系");
		assertThat(statementsFor("/organisations/torch-centre")).isLessThanOrEqualTo(4);
	}

	@Test
	void runsAsManyStatementsWhateverTheNumberOfOrganisations() throws Exception {
		addOrganisations(0, 10);
		long before = statementsFor("/zh/organisations?country=china&page=2");
		addOrganisations(10, 90);
		long after = statementsFor("/zh/organisations?country=china&page=4");
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(6);
		assertThat(statementsFor("/organisations/eu-sme-centre")).isLessThanOrEqualTo(3);
	}

	private void addOrganisations(int from, int to) {
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		for (int i = from; i < to; i++) {
			entityManager.persist(new Organisation("count-" + i, "Count " + i, OrganisationType.COMPANY, china));
		}
	}

	private long statementsFor(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.statementsFor(get(url));
	}

	private static List<String> names(Document page) {
		return page.select("tbody th[scope=row] a").eachText();
	}

}
