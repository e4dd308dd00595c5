package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentDetails;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventDetails;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsDetails;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public page type in Chinese shows the published translation of a translated item
 * and the English text of an untranslated one, marked {@code lang="en"} with a note; a
 * draft translation is not shown; the English pages stay as they were.
 */
@PortalIntegrationTest
@Transactional
class TranslatedContentTests {

	static final String NOTE = ".untranslated";

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	long newsId;

	@BeforeEach
	void translateSomeItems() {
		Country china = find(Country.class, "slug", "china");
		publish(china, Map.of("name", "中国"));
		Cluster wuxi = find(Cluster.class, "slug", "wuxi-iot-cluster");
		publish(wuxi, Map.of("name", "无锡物联网产业集群", "description", "**物联网**示范基地。"));
		// A draft of another cluster's name stays out of sight.
		find(Cluster.class, "slug", "wuxi-photovoltaic-cluster").translate(Language.SIMPLIFIED_CHINESE,
				new Translation(PublicationStatus.DRAFT, Map.of("name", "无锡光伏产业集群")));
		publish(wuxi.getRegion(), Map.of("name", "长江三角洲"));
		publish(find(Sector.class, "code", "J62"), Map.of("name", "计算机编程、咨询及相关活动"));
		publish(find(Partnership.class, "acronym", "GIVE"), Map.of("name", "绿色信息通信技术发展", "description", "汽车领域的伙伴关系。"));
		NewsItem news = new NewsItem(new NewsDetails(china, NewsChannel.COUNTRY, null, "Delegation visits Wuxi",
				LocalDate.now().plusYears(1), "A delegation met the cluster.", null, PublicationStatus.PUBLISHED));
		publish(news, Map.of("title", "代表团访问无锡"));
		entityManager.persist(news);
		Event event = new Event(new EventDetails(china, "Matchmaking in Suzhou", EventKind.MATCHMAKING,
				EventAudience.EVERYONE, LocalDate.now().plusDays(10), null, "Suzhou", null, "Meet partners.",
				PublicationStatus.PUBLISHED));
		publish(event, Map.of("title", "苏州对接会", "summary", "结识合作伙伴。"));
		entityManager.persist(event);
		Document document = new Document(new DocumentDetails(china, DocumentKind.STUDY, "A study of clusters",
				PublicationDate.of(null, Year.of(2024)), "What clusters do.", null, null, PublicationStatus.PUBLISHED));
		publish(document, Map.of("title", "产业集群研究"));
		entityManager.persist(document);
		entityManager.flush();
		newsId = news.getId();
		entityManager.clear();
	}

	@Test
	void theClusterPage() throws Exception {
		var page = pages.html("/zh/clusters/wuxi-iot-cluster");
		assertThat(page.select("h1").text()).isEqualTo("无锡物联网产业集群");
		assertThat(page.select(".lead strong").text()).isEqualTo("物联网");
		assertThat(page.select("#location li").eachText()).contains("长江三角洲", "中国");
		Element city = page.selectFirst("#location li [lang=en]");
		assertThat(city.text()).isEqualTo("Wuxi");
		assertThat(city.parent().select(NOTE)).hasSize(1);

		var english = pages.html("/clusters/wuxi-iot-cluster");
		assertThat(english.select("h1").text()).isEqualTo("Wuxi IoT cluster");
		assertThat(english.select("main [lang], main " + NOTE)).isEmpty();
	}

	@Test
	void theClusterDirectoryItsMenusAndItsCsv() throws Exception {
		var page = pages.html("/zh/clusters?country=china");
		assertThat(link(page, "/zh/clusters/wuxi-iot-cluster").text()).isEqualTo("无锡物联网产业集群");
		Element draft = link(page, "/zh/clusters/wuxi-photovoltaic-cluster");
		assertThat(draft.select("[lang=en]").text()).isEqualTo("Wuxi photovoltaic cluster");
		assertThat(draft.select(NOTE)).hasSize(1);
		assertThat(page.select("#filter-region option").eachText()).contains("长江三角洲");
		assertThat(page.select("#filter-sector option").eachText())
			.anyMatch((label) -> label.endsWith("J62 计算机编程、咨询及相关活动"));

		String csv = mvc.perform(get("/zh/clusters.csv?country=china"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).as("headers from the Chinese bundle")
			.doesNotContain("Name")
			.containsPattern("\\p{IsHan}");
		assertThat(csv).contains("\"无锡物联网产业集群\",\"Wuxi\",\"长江三角洲\",\"中国\",\"J62 计算机编程、咨询及相关活动\"")
			.contains("Wuxi photovoltaic cluster")
			.doesNotContain("无锡光伏产业集群");
		assertThat(mvc.perform(get("/clusters.csv?country=china")).andReturn().getResponse().getContentAsString())
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void thePartnershipPageAndDirectory() throws Exception {
		var page = pages.html("/zh/partnerships/GIVE");
		assertThat(page.select("p.lead").text()).isEqualTo("绿色信息通信技术发展");
		assertThat(page.select(".prose").text()).isEqualTo("汽车领域的伙伴关系。");
		var directory = pages.html("/zh/partnerships");
		assertThat(directory.select("tr[data-acronym=GIVE] td").first().text()).isEqualTo("绿色信息通信技术发展");
		// A partnership's name is a proper name: kept in English, marked, with no note.
		Element untranslated = directory.selectFirst("tr[data-acronym=NF4] td");
		assertThat(untranslated.select("[lang=en]").text()).isEqualTo("New Frontiers in Food Fast Forward");
		assertThat(untranslated.select(NOTE)).isEmpty();
		assertThat(pages.html("/partnerships/GIVE").select("p.lead").text()).isEqualTo("Green ICT Development");
	}

	@Test
	void theSectorPage() throws Exception {
		var page = pages.html("/zh/sectors/J62");
		assertThat(page.select("h1").text()).isEqualTo("J62 计算机编程、咨询及相关活动");
		assertThat(page.select("#clusters a").eachText()).contains("无锡物联网产业集群");
		assertThat(page.select("#countries a").eachText()).contains("中国");
		assertThat(pages.html("/sectors/J62").select("h1").text())
			.isEqualTo("J62 Computer programming, consultancy and related activities");
	}

	@Test
	void theFrontPage() throws Exception {
		var page = pages.html("/zh/");
		assertThat(page.select("#countries h3").eachText()).contains("中国");
		assertThat(page.select("#news h3").eachText()).contains("代表团访问无锡");
		assertThat(page.select("#events h3").eachText()).contains("苏州对接会");
		assertThat(page.select("#events .meta [lang=en]").eachText()).as("an untranslated place").contains("Suzhou");
		assertThat(pages.html("/").select("#news h3").eachText()).contains("Delegation visits Wuxi");
	}

	@Test
	void theNewsListAndPageAndFeed() throws Exception {
		Element entry = pages.html("/zh/news").getElementById("news-" + newsId);
		assertThat(entry.select("h3").text()).isEqualTo("代表团访问无锡");
		assertThat(entry.select("p [lang=en]").text()).isEqualTo("A delegation met the cluster.");
		assertThat(entry.select("p " + NOTE)).hasSize(1);

		var page = pages.html("/zh/news/" + newsId);
		assertThat(page.select("h1").text()).isEqualTo("代表团访问无锡");
		assertThat(page.select(".news-item__body[lang=en]").text()).isEqualTo("A delegation met the cluster.");

		String feed = mvc.perform(get("/zh/news.atom")).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("<title>代表团访问无锡</title>").contains("/zh/news/" + newsId);
		assertThat(mvc.perform(get("/news.atom")).andReturn().getResponse().getContentAsString())
			.contains("<title>Delegation visits Wuxi</title>")
			.doesNotContain("代表团访问无锡");
	}

	@Test
	void theEventsListAndCalendar() throws Exception {
		Element entry = pages.html("/zh/events").selectFirst("li:has(h3:contains(苏州对接会))");
		assertThat(entry.select("p:contains(结识合作伙伴。)")).hasSize(1);
		assertThat(entry.select(".meta [lang=en]").eachText()).contains("Suzhou");

		String calendar = mvc.perform(get("/zh/events.ics")).andReturn().getResponse().getContentAsString();
		assertThat(calendar).contains("SUMMARY:苏州对接会").contains("DESCRIPTION:结识合作伙伴。");
		assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString())
			.contains("SUMMARY:Matchmaking in Suzhou");
	}

	@Test
	void theDocumentLibrary() throws Exception {
		Element entry = pages.html("/zh/documents").selectFirst("li:has(h3:contains(产业集群研究))");
		assertThat(entry.select("p [lang=en]").eachText()).contains("What clusters do.");
		assertThat(pages.html("/documents").select("h3").eachText()).contains("A study of clusters");
	}

	private static Element link(org.jsoup.nodes.Document page, String href) {
		return page.selectFirst("a[href=" + href + "]");
	}

	private <T> T find(Class<T> type, String attribute, String value) {
		return entityManager
			.createQuery("select x from " + type.getSimpleName() + " x where x." + attribute + " = :value", type)
			.setParameter("value", value)
			.getSingleResult();
	}

	private static void publish(Translatable item, Map<String, String> texts) {
		item.translate(Language.SIMPLIFIED_CHINESE, new Translation(PublicationStatus.PUBLISHED, texts));
	}

}
