package eu.clusterportal.admin;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' pages in Chinese have a Chinese interface: no label, heading, button or
 * form error falls back to the English bundle. The content itself may still be English
 * (it is marked {@code lang="en"} or simply not translated yet), so only whole texts of
 * the English bundle count.
 */
@PortalIntegrationTest
class AdminPagesInChineseTests {

	private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{2,}");

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	private static final List<String> VISIBLE_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");

	/** Content of the demo data that happens to read like an interface text: a title. */
	private static final Set<String> DEMO_CONTENT = Set.of("Discussion paper");

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	/** The English texts that the Chinese bundle says differently. */
	private final Set<String> english = englishOnly();

	@Test
	@Transactional
	void everyKindOfEditorsPageShowsItsInterfaceInChinese() throws Exception {
		// a mail in the outbox, so that the crawl reaches a mail's page
		jdbc.sql(
				"""
						insert into outbox_mail (kind, recipient, language, subject, text_body, html_body, attempts, last_error)
						values ('outbox-test', 'anna@example.eu', 'en', 'Test mail', 'Text', '<p>HTML</p>', 1, 'Connection refused')
						""")
			.update();
		Map<String, List<String>> found = new TreeMap<>();
		for (String url : oneOfEachKind()) {
			List<String> texts = englishTexts(pages.html(MockMvcRequestBuilders.get(url).with(admin())));
			if (!texts.isEmpty()) {
				found.put(url, texts);
			}
		}
		assertThat(found).as("English interface texts on Chinese editors' pages").isEmpty();
	}

	@Test
	void formErrorsAreInChinese() throws Exception {
		List<MockHttpServletRequestBuilder> forms = new ArrayList<>(List.of(
				form("/zh/admin/clusters", "name", "", "country", "nowhere", "latitude", "north", "website", "x"),
				form("/zh/admin/partnerships", "acronym", "", "smesInvolved", "many", "partners", "-1"),
				form("/zh/admin/organisations", "name", "", "type", "MINISTRY", "country", "nowhere", "contact",
						"someone", "website", "x", "city", "Bei\u0007jing"),
				form("/zh/admin/events", "title", "", "startsOn", "yesterday", "kind", ""),
				form("/zh/admin/achievements", "title", "", "startYear", "2020", "endYear", "2019", "source.detail",
						"x"),
				form("/zh/admin/documents", "title", "", "published", "31.12.2020", "kind", ""),
				form("/zh/admin/regions", "name", "", "country", "", "position", "first"),
				form("/zh/admin/sectors", "code", "c2", "name", ""),
				form("/zh/register", "name", "\u0000", "email", "x", "password", "short", "consent", ""),
				form("/zh/admin/countries/china", "version", "0", "name", "", "population.amount", "8,000", "area.year",
						"1800")));
		long torchCentre = jdbc.sql("select id from organisation where slug = 'torch-centre'")
			.query(Long.class)
			.single();
		forms.add(form("/zh/admin/organisations/" + torchCentre + "/unpublish", "reason", ""));
		for (MockHttpServletRequestBuilder form : forms) {
			Document page = pages.html(form);
			List<String> errors = page.select(".field__errors").eachText();
			assertThat(errors).as("errors of %s", page.title()).isNotEmpty();
			assertThat(errors).as("errors of %s", page.title())
				.allSatisfy((error) -> assertThat(error).containsPattern(CHINESE));
		}
	}

	@Test
	void theCountryPagesNameTheCountryInChinese() throws Exception {
		for (String url : List.of("/zh/admin/countries/china", "/zh/admin/countries/china/history",
				"/zh/admin/countries/china/sections/cooperation-opportunities",
				"/zh/admin/countries/china/sections/cooperation-opportunities/history")) {
			Document page = pages.html(MockMvcRequestBuilders.get(url).with(admin()));
			assertThat(page.select("main .breadcrumb, main h1").text()).as(url).contains("中国").doesNotContain("China");
			assertThat(page.title()).as(url).doesNotContain("China");
		}
	}

	@Test
	void namesInAnErrorAreListedTheChineseWay() throws Exception {
		long delta = jdbc.sql("select id from region where slug = 'pearl-river-delta'").query(Long.class).single();
		Document form = pages.html(form("/zh/admin/regions/" + delta + "/edit", "version", "0", "country", "japan",
				"name", "Pearl River Delta", "slug", "pearl-river-delta", "position", "1"));
		assertThat(form.select("#country-errors").text()).contains("cluster、").doesNotContain("cluster, ");
	}

	/** The editors' pages reachable from the admin home, one of each address shape. */
	private List<String> oneOfEachKind() throws Exception {
		Deque<String> todo = new ArrayDeque<>(List.of("/zh/admin"));
		Set<String> shapes = new HashSet<>(List.of(shape("/zh/admin")));
		List<String> visited = new ArrayList<>();
		while (!todo.isEmpty()) {
			String url = todo.poll();
			visited.add(url);
			Document page = pages.html(MockMvcRequestBuilders.get(url).with(admin()));
			for (Element link : page.select("a[href^=/zh/admin], a[href^=/zh/account]")) {
				String href = link.attr("href").replaceAll("#.*", "");
				if (shapes.add(shape(href))) {
					todo.add(href);
				}
			}
		}
		assertThat(visited).as("editors' pages").hasSizeGreaterThan(40);
		return visited;
	}

	/**
	 * An address with its numbers and query values left out, e.g.
	 * /zh/admin/clusters/#/edit.
	 */
	private static String shape(String url) {
		return url.replaceAll("/\\d+", "/#").replaceAll("=[^&]*", "=").replaceAll("/countries/[a-z-]+", "/countries/#");
	}

	private List<String> englishTexts(Document page) {
		Set<String> texts = new LinkedHashSet<>();
		page.select("[lang=en]").remove();
		for (Element element : page.getAllElements()) {
			texts.add(element.ownText().strip());
			VISIBLE_ATTRIBUTES.forEach((attribute) -> texts.add(element.attr(attribute).strip()));
		}
		texts.retainAll(english);
		texts.removeAll(DEMO_CONTENT);
		return List.copyOf(texts);
	}

	private static Set<String> englishOnly() {
		Properties english = load("/messages.properties");
		Properties chinese = load("/messages_zh.properties");
		Set<String> texts = new HashSet<>();
		for (String key : english.stringPropertyNames()) {
			String text = english.getProperty(key).strip();
			if (ENGLISH_WORD.matcher(text).find() && !text.equals(chinese.getProperty(key, "").strip())) {
				texts.add(text);
			}
		}
		return texts;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = AdminPagesInChineseTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	private static MockHttpServletRequestBuilder form(String url, String... fields) {
		MockHttpServletRequestBuilder request = post(url).with(admin()).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.eu").roles("ADMIN", "EDITOR");
	}

}
