package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import eu.clusterportal.Browser;
import eu.clusterportal.ClusterPortalApplication;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterDetails;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * With the page cache on, on the real server: anonymous visitors get kept pages without
 * the database or the template engine, and never a stale one after a save here or on
 * another instance; signed-in people always get fresh pages. The one test context with
 * the cache on. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
@TestPropertySource(properties = "portal.page-cache.enabled=true")
class PageCacheTests {

	static final String CHINA = "/countries/china";

	static final String JAPAN = "/countries/japan";

	static final String CHINA_IN_CHINESE = "/zh/countries/china";

	static final String JAPAN_IN_CHINESE = "/zh/countries/japan";

	static final String EDITOR_PASSWORD = "velvet harbour quietly grows";

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	PageCache pageCache;

	@Autowired
	ApplicationContext context;

	@MockitoSpyBean
	SpringTemplateEngine templates;

	Browser anonymous;

	@BeforeEach
	void addAnEditorOnceTheCacheListens() {
		await("listening for changes").atMost(Duration.ofSeconds(10))
			.until(() -> this.pageCache.generation() != PageCache.UNTRUSTED);
		this.accounts
			.save(new Account("eda@example.eu", "Eda", this.passwordEncoder.encode(EDITOR_PASSWORD), Role.EDITOR));
		this.anonymous = new Browser(this.port);
	}

	@Test
	void aSecondVisitIsServedWithoutTheDatabaseOrTheTemplateEngine() throws Exception {
		HttpResponse<String> first = this.anonymous.get(CHINA);
		Statistics statistics = statistics();
		Mockito.clearInvocations(this.templates);
		HttpResponse<String> second = new Browser(this.port).get(CHINA);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isZero();
		assertThat(renders()).as("templates rendered").isZero();
	}

	@Test
	void anEditSavedThroughTheAdminFormShowsOnTheVeryNextVisit() throws Exception {
		keptOnceRendered(CHINA);
		Browser editor = signedInEditor(this.port);
		assertThat(addNews(editor, "Cluster mission to Shenzhen").statusCode()).isEqualTo(302);
		assertThat(newsOn(this.anonymous.get(CHINA))).contains("Cluster mission to Shenzhen");
	}

	@Test
	void anEditWithinTheSameSecondIsNeverAnsweredNotModified() throws Exception {
		HttpResponse<String> before = this.anonymous.get(CHINA);
		assertThat(before.headers().firstValue("Last-Modified")).isEmpty();
		String etag = before.headers().firstValue("ETag").orElseThrow();
		String date = before.headers().firstValue("Date").orElseThrow();
		assertThat(addNews(signedInEditor(this.port), "Saved the same second").statusCode()).isEqualTo(302);

		HttpResponse<String> after = this.anonymous.get(CHINA, "If-None-Match", etag, "If-Modified-Since", date);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(newsOn(after)).contains("Saved the same second");
		assertThat(this.anonymous.get(CHINA, "If-Modified-Since", date).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeSavedOnAnotherInstanceShowsHereAndClearsOnlyWhatShowsIt() throws Exception {
		try (ConfigurableApplicationContext other = otherInstance()) {
			// the other instance's start clears this one's pages: keep them again
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> keptOnceRendered(CHINA));
			keptOnceRendered(JAPAN);
			Browser editor = signedInEditor(
					other.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			assertThat(addNews(editor, "Saved on the other instance").statusCode()).isEqualTo(302);
			// how soon is bench/two-instances' measure; here only that it comes, on a
			// busy machine too
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(50))
				.untilAsserted(
						() -> assertThat(newsOn(this.anonymous.get(CHINA))).contains("Saved on the other instance"));
			assertKept(JAPAN);

			keptOnceRendered(CHINA);
			String cluster = firstClusterOn(CHINA);
			renameCluster(other, cluster, "Renamed on the other instance");
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(50))
				.untilAsserted(
						() -> assertThat(this.anonymous.get(CHINA).body()).contains("Renamed on the other instance"));
			assertKept(JAPAN);
		}
	}

	@Test
	void aChangeOfAClusterInChinaClearsTheChinaPageAndLeavesAnUnrelatedCountrysPageKept() throws Exception {
		keptOnceRendered(CHINA);
		keptOnceRendered(JAPAN);
		keptOnceRendered("/clusters");
		renameCluster(this.context, firstClusterOn(CHINA), "Renamed here");
		assertThat(this.anonymous.get(CHINA).body()).contains("Renamed here");
		assertThat(this.anonymous.get("/clusters").body()).contains("Renamed here");
		assertKept(JAPAN);
	}

	@Test
	void anOrganisationSavedThroughTheAdminFormShowsOnItsPageTheDirectoryAndTheChinaPage() throws Exception {
		String page = "/organisations/torch-centre";
		keptOnceRendered(page);
		keptOnceRendered("/organisations?country=china&type=agency");
		keptOnceRendered(CHINA);
		keptOnceRendered(JAPAN);
		Browser editor = signedInEditor(this.port);
		long id = this.jdbc.sql("select id from organisation where slug = 'torch-centre'").query(Long.class).single();
		String form = "/admin/organisations/" + id + "/edit";
		Map<String, String> fields = new LinkedHashMap<>();
		((FormElement) Jsoup.parse(editor.get(form).body()).selectFirst("main form[action$=/edit]")).formData()
			.forEach((field) -> fields.putIfAbsent(field.key(), field.value()));
		fields.put("name", "Torch Centre of the Ministry, renamed");
		assertThat(editor.post(form, form, fields).statusCode()).isEqualTo(302);

		assertThat(Jsoup.parse(this.anonymous.get(page).body()).select("main h1").text())
			.isEqualTo("Torch Centre of the Ministry, renamed");
		assertThat(this.anonymous.get("/organisations?country=china&type=agency").body())
			.contains("Torch Centre of the Ministry, renamed");
		renderedAgain(CHINA);
		assertKept(JAPAN);
	}

	@Test
	void eachLanguageHasItsOwnKeptPageAndATranslationInChinaClearsBoth() throws Exception {
		keptOnceRendered(CHINA);
		keptOnceRendered(CHINA_IN_CHINESE);
		keptOnceRendered(JAPAN_IN_CHINESE);
		assertThat(language(this.anonymous.get(CHINA))).isEqualTo("en");
		assertThat(language(this.anonymous.get(CHINA_IN_CHINESE))).isEqualTo("zh-Hans");

		translateCluster(this.context, firstClusterOn(CHINA), "重新命名的集群");
		renderedAgain(CHINA);
		renderedAgain(CHINA_IN_CHINESE);
		assertKept(JAPAN_IN_CHINESE);
		assertThat(language(this.anonymous.get(CHINA))).isEqualTo("en");
		assertThat(language(this.anonymous.get(CHINA_IN_CHINESE))).isEqualTo("zh-Hans");
	}

	@Test
	void theOfferOfTheChinesePageIsKeptApartFromThePlainPage() throws Exception {
		String chineseFirst = "zh-CN,zh;q=0.9,en;q=0.8";
		keptOnceRendered(CHINA);
		this.anonymous.get(CHINA, "Accept-Language", chineseFirst);
		Statistics statistics = statistics();
		HttpResponse<String> offered = this.anonymous.get(CHINA, "Accept-Language", chineseFirst);
		assertThat(statistics.getPrepareStatementCount()).as("kept too").isZero();
		assertThat(Jsoup.parse(offered.body()).select(".language-offer")).hasSize(1);
		assertThat(offered.headers().firstValue("Vary"))
			.hasValueSatisfying((vary) -> assertThat(vary).contains("Accept-Language", "Cookie"));
		assertThat(Jsoup.parse(this.anonymous.get(CHINA).body()).select(".language-offer")).isEmpty();
		assertThat(
				Jsoup.parse(this.anonymous.get(CHINA, "Accept-Language", chineseFirst, "Cookie", "language=en").body())
					.select(".language-offer"))
			.as("once chosen")
			.isEmpty();
	}

	@Test
	void writesNoPublicPageShowsClearNothing() throws Exception {
		keptOnceRendered(CHINA);
		keptOnceRendered("/clusters");
		this.accounts
			.save(new Account("new@example.eu", "New", this.passwordEncoder.encode(EDITOR_PASSWORD), Role.EDITOR));
		signedInEditor(this.port);
		assertKept(CHINA);
		assertKept("/clusters");
	}

	@Test
	void aMembersEditOfTheirOrganisationShowsAtOnceAndTheirRequestsClearNothing() throws Exception {
		String page = "/organisations/china-ipr-helpdesk";
		Account member = new Account("mei@example.cn", "Mei", this.passwordEncoder.encode(EDITOR_PASSWORD),
				Role.MEMBER);
		member.confirmEmail(Instant.now());
		this.accounts.save(member);
		long id = this.jdbc.sql("select id from organisation where slug = 'china-ipr-helpdesk'")
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(id, member.getId())
			.update();
		Browser browser = new Browser(this.port);
		browser.signIn("mei@example.cn", EDITOR_PASSWORD);
		keptOnceRendered(page);
		keptOnceRendered(JAPAN);
		assertThat(browser
			.post("/account/organisations/claim/eu-sme-centre", "/account/organisations/claim/eu-sme-centre",
					Map.of("note", "I work there too."))
			.statusCode()).isEqualTo(302);
		assertKept(page);

		String edit = "/account/organisations/" + id + "/edit";
		Map<String, String> form = new HashMap<>();
		Jsoup.parse(browser.get(edit).body())
			.select("main form input[name]:not([type=checkbox]), main form select")
			.forEach((field) -> form.put(field.attr("name"),
					field.is("select") ? field.select("option[selected]").val() : field.val()));
		form.put("description", "Free first advice on IP rights.");
		assertThat(browser.post(edit, edit, form).statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(this.anonymous.get(page).body()).select("main .lead").text())
			.isEqualTo("Free first advice on IP rights.");
		assertKept(JAPAN);
	}

	@Test
	void signedInPeopleNeverGetAKeptPageAndLeaveNone() throws Exception {
		Browser editor = signedInEditor(this.port);
		HttpResponse<String> editorsPage = editor.get(CHINA);
		assertThat(signOutButton(editorsPage)).isTrue();
		assertThat(editorsPage.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		Statistics statistics = statistics();
		HttpResponse<String> visitorsPage = this.anonymous.get(CHINA);
		assertThat(statistics.getPrepareStatementCount()).as("rendered for the visitor").isPositive();
		assertThat(signOutButton(visitorsPage)).isFalse();

		keptOnceRendered(CHINA);
		assertThat(signOutButton(editor.get(CHINA))).isTrue();
	}

	@Test
	void aVisitorsOwnCopyIsConfirmedWithoutSendingItAgain() throws Exception {
		HttpResponse<String> page = this.anonymous.get(CHINA);
		String etag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		HttpResponse<String> unchanged = this.anonymous.get(CHINA, "If-None-Match", etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();

		HttpResponse<String> head = this.anonymous.head(CHINA);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("ETag")).hasValue(etag);
		assertThat(head.headers().firstValueAsLong("Content-Length"))
			.hasValue(page.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(head.body()).isEmpty();

		HttpResponse<byte[]> gzipped = this.anonymous.getBytes(CHINA, "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(page.body());
		assertThat(gzipped.headers().firstValue("ETag")).isNotEqualTo(etag);
	}

	@Test
	void publicPagesMayBeKeptBrieflyPersonalOnesNeverAndStaticFilesForAYear() throws Exception {
		HttpResponse<String> page = this.anonymous.get(CHINA);
		assertThat(page.headers().allValues("Cache-Control"))
			.containsExactly("max-age=0, must-revalidate, public, s-maxage=10");
		assertThat(page.headers().firstValue("Pragma")).isEmpty();
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(this.anonymous.get(CHINA).headers().firstValue("Content-Security-Policy")).isPresent();

		assertThat(this.anonymous.get("/login").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		assertThat(signedInEditor(this.port).get("/admin").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));

		String stylesheet = Jsoup.parse(page.body()).select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/portal-[0-9a-f]{32}\\.css");
		HttpResponse<String> css = this.anonymous.get(stylesheet);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
	}

	@Test
	void aBrokenListeningConnectionClearsTheCache() throws Exception {
		keptOnceRendered(CHINA);
		// a change that notifies no one, like a notification sent while nobody listens
		this.jdbc.sql("update country set introduction = 'Changed while nobody listened' where slug = 'china'")
			.update();
		this.jdbc.sql("""
				select pg_terminate_backend(pid) from pg_stat_activity
				where datname = current_database() and application_name = 'cluster-portal content change listener'""")
			.query()
			.listOfRows();
		await("the break noticed").atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.pageCache.generation() == PageCache.UNTRUSTED);
		await("listening again").atMost(Duration.ofSeconds(5))
			.until(() -> this.pageCache.generation() != PageCache.UNTRUSTED);
		assertThat(this.anonymous.get(CHINA).body()).contains("Changed while nobody listened");
		keptOnceRendered(CHINA);
		assertThat(this.anonymous.get(CHINA).body()).contains("Changed while nobody listened");
	}

	@Test
	void parametersAPageDoesNotReadAndLongQueriesAreNotKept() throws Exception {
		String junk = "a".repeat(400);
		for (int n = 1; n <= 20; n++) {
			renderedEveryTime("/events.ics?p=" + junk + "&n=" + n);
		}
		keptOnceRendered("/events.ics?country=china");
		renderedEveryTime("/events.ics?country=china&utm_source=newsletter");
		renderedEveryTime("/events.ics?country=" + "x".repeat(600));
	}

	@Test
	void strictTransportSecurityFollowsEachRequestsSchemeNotTheFirstRenders() throws Exception {
		String https = "X-Forwarded-Proto";
		HttpResponse<String> renderedOverHttps = this.anonymous.get("/accessibility", https, "https");
		assertThat(hsts(renderedOverHttps)).isPresent();
		assertThat(hsts(this.anonymous.get("/accessibility"))).isEmpty();
		assertThat(hsts(this.anonymous.get("/accessibility", https, "https"))).isPresent();

		assertThat(hsts(this.anonymous.get("/privacy"))).isEmpty();
		assertThat(hsts(this.anonymous.get("/privacy", https, "https"))).isPresent();
		assertThat(hsts(this.anonymous.get("/privacy"))).isEmpty();
		keptOnceRendered("/privacy");
	}

	private static Optional<String> hsts(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		return page.headers().firstValue("Strict-Transport-Security");
	}

	/** Asks for the page twice and checks that the second answer came from the cache. */
	private void keptOnceRendered(String path) throws Exception {
		this.anonymous.get(path);
		assertKept(path);
	}

	private void assertKept(String path) throws Exception {
		Statistics statistics = statistics();
		assertThat(this.anonymous.get(path).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements for a kept page " + path).isZero();
	}

	private String firstClusterOn(String path) throws Exception {
		String href = Jsoup.parse(this.anonymous.get(path).body()).select("a[href^=/clusters/]").first().attr("href");
		return href.substring("/clusters/".length());
	}

	/** Renames a cluster through the instance's entities, as an editor's save does. */
	private static void renameCluster(ApplicationContext instance, String slug, String name) {
		instance.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			Cluster cluster = instance.getBean(ClusterRepository.class).findBySlug(slug).orElseThrow();
			ClusterDetails details = cluster.details();
			cluster.edit(new ClusterDetails(details.slug(), name, details.country(), details.region(), details.city(),
					details.latitude(), details.longitude(), details.locationSource(), details.website(),
					details.description(), details.sectors(), details.technologyFields(), details.sectorsSource(),
					details.technologyFieldsSource()));
		});
	}

	/** Gives a cluster a published Chinese name, as an editor's save of it does. */
	private static void translateCluster(ApplicationContext instance, String slug, String name) {
		instance.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			Cluster cluster = instance.getBean(ClusterRepository.class).findBySlug(slug).orElseThrow();
			cluster.translate(Language.SIMPLIFIED_CHINESE,
					new Translation(PublicationStatus.PUBLISHED, Map.of("name", name)));
		});
	}

	/** Checks that the next visit of a page renders it: it was not kept any more. */
	private void renderedAgain(String path) throws Exception {
		Statistics statistics = statistics();
		assertThat(this.anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements for " + path).isPositive();
	}

	private static String language(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("html").attr("lang");
	}

	/** Asks for the page twice and checks that the second answer was rendered again. */
	private void renderedEveryTime(String path) throws Exception {
		assertThat(this.anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		Statistics statistics = statistics();
		assertThat(this.anonymous.get(path).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements for " + path).isPositive();
	}

	/** A second portal on this test's database (arguments, which outrank every file). */
	private ConfigurableApplicationContext otherInstance() {
		String password = (this.database.getPassword() != null) ? this.database.getPassword() : "";
		return new SpringApplicationBuilder(ClusterPortalApplication.class).run(
				"--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(),
				"--spring.datasource.password=" + password, "--server.port=0", "--portal.page-cache.enabled=true",
				"--portal.documents.cleanup-interval=P1D");
	}

	private static Browser signedInEditor(int port) throws IOException, InterruptedException {
		Browser editor = new Browser(port);
		editor.signIn("eda@example.eu", EDITOR_PASSWORD);
		return editor;
	}

	private static HttpResponse<String> addNews(Browser editor, String title) throws IOException, InterruptedException {
		return editor.post("/admin/news/new", "/admin/news", Map.of("country", "china", "channel", "COUNTRY", "title",
				title, "publishedOn", "2026-11-01", "status", "PUBLISHED"));
	}

	private static List<String> newsOn(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("#news h3").eachText();
	}

	private static boolean signOutButton(HttpResponse<String> page) {
		return !Jsoup.parse(page.body()).select("form[action$=/logout]").isEmpty();
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	private long renders() {
		return Mockito.mockingDetails(this.templates)
			.getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("process"))
			.count();
	}

	private static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
