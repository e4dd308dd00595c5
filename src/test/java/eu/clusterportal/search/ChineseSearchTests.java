package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.requests.PartnerRequestRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chinese queries against Chinese translations of the demo content, saved as editors save
 * them.
 */
@PortalIntegrationTest
@ExtendWith(DatabaseSnapshot.class)
class ChineseSearchTests {

	static final Language CHINESE = Language.SIMPLIFIED_CHINESE;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	SearchRepository search;

	@Autowired
	ChineseSearchBackfill backfill;

	@Autowired
	WebPages pages;

	@BeforeEach
	void translateSomeClusters() {
		translateCluster("chongqing-automobile-cluster", PublicationStatus.PUBLISHED, "重庆汽车产业集群", "重庆",
				"重庆是中国西部最大的汽车生产基地，汽车产量位居全国前列。");
		translateCluster("guangzhou-automobile-city-cluster", PublicationStatus.PUBLISHED, "广州汽车城", "广州",
				"以整车制造为核心的产业集群。");
		translateCluster("wuxi-photovoltaic-cluster", PublicationStatus.PUBLISHED, "无锡光伏产业集群", "无锡", "光伏组件也用于新能源汽车。");
		translateCluster("zhongguancun-science-park", PublicationStatus.PUBLISHED, "中关村科技园", "北京",
				"中关村是中国第一个国家自主创新示范区，聚集了大量5G基站设备研发企业。");
		translateCluster("shenzhen-communications-cluster", PublicationStatus.PUBLISHED, "深圳通信产业集群", "深圳",
				"深圳拥有全球领先的通信设备企业，5G网络覆盖全市，基站数量居全国首位。");
		translateCluster("wuxi-iot-cluster", PublicationStatus.PUBLISHED, "无锡物联网产业集群", "无锡",
				"无锡是国家传感网创新示范区，重点发展传感器和通信基站配套产业。");
		translateCluster("dalian-software-outsourcing-cluster", PublicationStatus.PUBLISHED, "大连软件外包产业集群", "大连",
				"大连位于中国东北，关注农村信息化服务和汽车软件。");
		translateCluster("tonghua-pharmaceutical-hi-tech-industrial-development-zone", PublicationStatus.DRAFT,
				"通化医药高新区", "通化", "通化也有汽车配件企业。");
		translate(CountrySection.class, sectionId("CLUSTER_COMMUNITY"), PublicationStatus.PUBLISHED,
				Map.of("lead", "中国的产业集群遍布各地。", "body", "汽车、电子和软件是重要的集群行业。"));
		// the demo content's other sections, in Chinese too, would match the same words
		jdbc.sql(
				"update country_section set translations = '{}', search_vector_zh = null where topic <> 'CLUSTER_COMMUNITY'")
			.update();
	}

	@Test
	void oneCharacterFindsEveryWordThatHoldsIt() {
		assertThat(clusters("车")).containsExactlyInAnyOrder("chongqing-automobile-cluster",
				"guangzhou-automobile-city-cluster", "dalian-software-outsourcing-cluster",
				"wuxi-photovoltaic-cluster");
		assertThat(sections("车")).containsExactly("CLUSTER_COMMUNITY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "车", "汽车", "中关村", "基站", "集群", "无锡" })
	void findsEveryRowWhosePublishedChineseHoldsTheWord(String word) {
		List<String> holding = jdbc.sql("""
				select slug from cluster
				where translations #>> '{zh-Hans,status}' = 'PUBLISHED'
					and concat_ws(' ', translations #>> '{zh-Hans,texts,name}', translations #>> '{zh-Hans,texts,city}',
						translations #>> '{zh-Hans,texts,description}') like '%' || :word || '%'
				""").param("word", word).query(String.class).list();
		assertThat(holding).isNotEmpty();
		assertThat(clusters(word)).containsExactlyInAnyOrderElementsOf(holding);
	}

	@Test
	void ranksATitleAboveADescriptionAndMoreMatchesHigher() {
		// alike, Dalian would come first by its name
		assertThat(clusters("汽车")).containsExactly("chongqing-automobile-cluster", "guangzhou-automobile-city-cluster",
				"dalian-software-outsourcing-cluster", "wuxi-photovoltaic-cluster");
	}

	@Test
	void findsALongerNameAsAWholeWhereverTheDictionarySplitsIt() {
		assertThat(clusters("中关村")).containsExactly("zhongguancun-science-park");
	}

	@Test
	void findsMixedChineseAndLatinWordsTheCloserTheHigher() {
		assertThat(clusters("5G基站")).containsExactly("zhongguancun-science-park", "shenzhen-communications-cluster");
		assertThat(clusters("5g 基站 -深圳")).containsExactly("zhongguancun-science-park");
	}

	@Test
	void findsADraftTranslationOnlyOnceItIsPublished() {
		assertThat(clusters("通化")).isEmpty();
		assertThat(clusters("汽车")).doesNotContain("tonghua-pharmaceutical-hi-tech-industrial-development-zone");
		translateCluster("tonghua-pharmaceutical-hi-tech-industrial-development-zone", PublicationStatus.PUBLISHED,
				"通化医药高新区", "通化", "通化也有汽车配件企业。");
		assertThat(clusters("通化")).containsExactly("tonghua-pharmaceutical-hi-tech-industrial-development-zone");
	}

	@Test
	void showsTheChineseTextsWithTheWordsMarked() {
		SearchHit hit = search.findPage("汽车", CHINESE, SearchType.CLUSTER, 0, 20).getContent().get(0);
		assertThat(hit.title()).isEqualTo(new LocalizedText("重庆汽车产业集群", CHINESE, false));
		assertThat(hit.context()).extracting(LocalizedText::value).containsExactly("重庆", "中国");
		assertThat(hit.context()).noneMatch(LocalizedText::fallback);
		assertThat(hit.snippetHtml()).isEqualTo("重庆是中国西部最大的<mark>汽车</mark>生产基地，<mark>汽车</mark>产量位居全国前列。");
		assertThat(hit.snippetLang()).isNull();
		assertThat(hit.href()).isEqualTo("/clusters/chongqing-automobile-cluster");
	}

	@Test
	void theChineseSearchPageShowsChineseHitsAndMarksWhatIsEnglish() throws Exception {
		Document page = pages.html(get("/zh/search").param("q", "汽车"));
		assertThat(page.select("#clusters h3 a").eachText()).containsExactly("重庆汽车产业集群", "广州汽车城", "大连软件外包产业集群",
				"无锡光伏产业集群");
		assertThat(page.select("#clusters h3 a").eachAttr("href")).first()
			.isEqualTo("/zh/clusters/chongqing-automobile-cluster");
		assertThat(page.select("#clusters .search-snippet").first().select("mark").eachText()).containsExactly("汽车",
				"汽车");
		assertThat(page.select("#clusters .meta").first().text()).startsWith("重庆").endsWith("中国");
		assertThat(page.select("#clusters [lang]")).isEmpty();

		Document english = pages.html(get("/zh/search").param("q", "Tonghua or automobile"));
		assertThat(english.select("#clusters h3 a [lang=en]").eachText())
			.containsExactly("Tonghua Pharmaceutical Hi-tech Industrial Development Zone");
		assertThat(english.select("#clusters h3 a .untranslated").eachText()).containsExactly("（尚未翻译）");
		assertThat(english.select("#clusters h3 a:not(:has([lang]))").eachText()).contains("重庆汽车产业集群");
		assertThat(pages.html(get("/zh/search").param("q", "TORCH"))
			.select("#sections .search-snippet[lang=en] mark")
			.eachText()).isNotEmpty().allMatch("TORCH"::equals);
	}

	@Test
	void findsUntranslatedRowsByTheirEnglishTextAndMarksItEnglish() {
		SearchHit policies = search.findPage("TORCH", CHINESE, SearchType.SECTION, 0, 20).getContent().get(0);
		assertThat(policies.topic()).hasToString("CLUSTER_POLICIES");
		assertThat(policies.snippetLang()).isEqualTo("en");
		assertThat(policies.snippetHtml()).contains("<mark>TORCH</mark>");

		List<SearchHit> automobile = search.findPage("automobile", CHINESE, SearchType.CLUSTER, 0, 20).getContent();
		assertThat(automobile).extracting(SearchHit::title)
			.containsExactlyInAnyOrder(new LocalizedText("重庆汽车产业集群", CHINESE, false),
					new LocalizedText("广州汽车城", CHINESE, false));
		SearchHit untranslated = search.findPage("Tonghua", CHINESE, SearchType.CLUSTER, 0, 20).getContent().get(0);
		assertThat(untranslated.title().fallback()).isTrue();
		assertThat(untranslated.title().lang()).isEqualTo("en");
	}

	@Test
	void ranksChineseMatchesAboveEnglishOnes() {
		assertThat(clusters("中关村 or Shenzhen")).containsExactly("zhongguancun-science-park",
				"shenzhen-communications-cluster");
		assertThat(clusters("cluster")).hasSize(10);
	}

	@Test
	void leavesTheEnglishSearchAsItWas() {
		assertThat(search.findPage("automobile", Language.ENGLISH, SearchType.CLUSTER, 0, 20).getContent())
			.extracting((hit) -> hit.title().value())
			.containsExactlyInAnyOrder("Chongqing automobile cluster", "Guangzhou automobile city cluster");
		assertThat(search.findGroups("汽车", Language.ENGLISH, 5)).isEmpty();
	}

	@Test
	void indexesAtStartUpWhatSqlTranslated() {
		backfill.fill();
		jdbc.sql("""
				update achievement set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status',
					'PUBLISHED', 'texts', jsonb_build_object('title', '中欧健康网络枢纽'))), search_vector_zh = null
				where title like '%(SENET)'
				""").update();
		assertThat(search.findPage("健康", CHINESE, SearchType.ACHIEVEMENT, 0, 20).getContent()).isEmpty();
		assertThat(backfill.fill()).isEqualTo(1);
		assertThat(search.findPage("健康", CHINESE, SearchType.ACHIEVEMENT, 0, 20).getContent())
			.extracting((hit) -> hit.title().value())
			.containsExactly("中欧健康网络枢纽");
		assertThat(backfill.fill()).isZero();
	}

	@Test
	void fillsATableOfMoreRowsThanABatch() {
		int news = jdbc.sql("""
				insert into news_item (country_id, channel, title, published_on)
				select (select id from country where slug = 'china'), 'COUNTRY', '新闻 ' || i, current_date
				from generate_series(1, ?) as i""").param(ChineseSearchBackfill.BATCH + 50).update();
		assertThat(backfill.fill()).isGreaterThanOrEqualTo(news);
		assertThat(jdbc.sql("select count(*) from news_item where search_vector_zh is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void partnerRequestsWrittenWithSqlGetTheirChineseVectorAtStartUp() {
		long chinese = PartnerRequestRows.insert(jdbc, null, "固态电池技术合作", LocalDate.now().plusDays(5));
		PartnerRequestRows.insert(jdbc, "Hydrogen partner", null, LocalDate.now().plusDays(5));
		assertThat(search.findPage("固态电池", CHINESE, SearchType.REQUEST, 0, 20).getContent()).isEmpty();
		backfill.fill();
		assertThat(jdbc.sql("select count(*) from partner_request where search_vector_zh is null")
			.query(Long.class)
			.single()).isZero();
		assertThat(search.findPage("固态电池", CHINESE, SearchType.REQUEST, 0, 20).getContent())
			.extracting(SearchHit::href, (hit) -> hit.title().value())
			.containsExactly(tuple("/cooperation/" + chinese, "固态电池技术合作"));
	}

	@Test
	void costsOneStatementForAllGroupsAndTwoForAPageHoweverManyHits() {
		AtomicInteger statements = new AtomicInteger();
		SearchRepository counted = new SearchRepository(JdbcClient.create(counting(dataSource, statements)),
				Clock.systemDefaultZone());
		assertThat(counted.hasWords("车", CHINESE)).isTrue();
		assertThat(counted.findGroups("车", CHINESE, 5)).isNotEmpty();
		assertThat(statements).hasValue(1);
		statements.set(0);
		assertThat(counted.findPage("集群", CHINESE, SearchType.CLUSTER, 0, 20)).isNotEmpty();
		assertThat(statements).hasValue(2);
	}

	private List<String> clusters(String q) {
		return search.findPage(q, CHINESE, SearchType.CLUSTER, 0, 50)
			.map((hit) -> hit.href().substring("/clusters/".length()))
			.getContent();
	}

	private List<String> sections(String q) {
		return search.findPage(q, CHINESE, SearchType.SECTION, 0, 50).map((hit) -> hit.topic().name()).getContent();
	}

	private void translateCluster(String slug, PublicationStatus status, String name, String city, String description) {
		long id = jdbc.sql("select id from cluster where slug = :slug").param("slug", slug).query(Long.class).single();
		translate(Cluster.class, id, status, Map.of("name", name, "city", city, "description", description));
	}

	private long sectionId(String topic) {
		return jdbc
			.sql("select s.id from country_section s join country c on c.id = s.country_id "
					+ "where c.slug = 'china' and s.topic = :topic")
			.param("topic", topic)
			.query(Long.class)
			.single();
	}

	private void translate(Class<? extends Translatable> type, long id, PublicationStatus status,
			Map<String, String> texts) {
		transactions.executeWithoutResult(
				(tx) -> entityManager.find(type, id).translate(CHINESE, new Translation(status, texts)));
	}

	/** A data source that counts the statements prepared on its connections. */
	private static DataSource counting(DataSource dataSource, AtomicInteger statements) {
		return proxy(DataSource.class, dataSource, (name, result) -> (result instanceof Connection connection)
				? proxy(Connection.class, connection, (method, r) -> {
					if (method.startsWith("prepare") || method.equals("createStatement")) {
						statements.incrementAndGet();
					}
					return r;
				}) : result);
	}

	private static <T> T proxy(Class<T> type, T target, java.util.function.BiFunction<String, Object, Object> after) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
			try {
				return after.apply(method.getName(), method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}));
	}

}
