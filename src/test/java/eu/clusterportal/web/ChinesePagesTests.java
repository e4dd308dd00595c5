package eu.clusterportal.web;

import static eu.clusterportal.WebPages.csrf;
import static eu.clusterportal.organisation.membership.MemberSamples.AS_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import eu.clusterportal.Browser;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.alerts.UnsubscribeTokens;
import eu.clusterportal.conversation.ConversationSamples;
import eu.clusterportal.cooperation.posting.RequestSamples;
import eu.clusterportal.matching.MatchSamples;
import eu.clusterportal.organisation.membership.MemberSamples;
import eu.clusterportal.requests.PartnerRequestRows;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page type in Chinese shows its interface in Chinese: no text of the English
 * bundle appears outside the parts marked {@code lang="en"} (content not translated yet),
 * neither in the page's text nor in what browsers and screen readers show of its
 * attributes.
 */
@PortalServerTest
class ChinesePagesTests {

	/** Phrases of the English bundle shorter than this count only as a whole text. */
	private static final int PHRASE_LENGTH = 12;

	/** Attributes that browsers show or screen readers read out. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder",
			"data-label");

	private static final Set<String> ENGLISH_PHRASES = englishPhrases();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnsubscribeTokens unsubscribeTokens;

	@ParameterizedTest
	@CsvSource({ "/zh/, 200", "/zh/countries, 200", "/zh/countries/china, 200", "/zh/clusters, 200",
			"/zh/clusters?sector=C, 200", "/zh/clusters/chongqing-automobile-cluster, 200", "/zh/partnerships, 200",
			"/zh/partnerships/DIA, 200", "/zh/organisations, 200", "/zh/organisations?help=true, 200",
			"/zh/organisations/torch-centre, 200", "/zh/organisations/china-auto-info, 200", "/zh/sectors/C29, 200",
			"/zh/sectors/J, 200", "/zh/technology-fields/A61, 200", "/zh/news, 200", "/zh/events, 200",
			"/zh/events?when=PAST, 200", "/zh/documents, 200", "/zh/search?q=china, 200", "/zh/search?q=商会, 200",
			"/zh/search?q=cluster&type=CLUSTER, 200", "/zh/login, 200", "/zh/login?unconfirmed, 200",
			"/zh/register, 200", "/zh/register/sent, 200", "/zh/register/resend, 200", "/zh/register/confirmed, 200",
			"/zh/register/deleted, 200", "/zh/register/confirm?token=x, 404", "/zh/accessibility, 200",
			"/zh/privacy, 200", "/zh/cookies, 200", "/zh/legal-notice, 200", "/zh/no-such-page, 404",
			"/zh/countries/atlantis, 404" })
	void aChinesePageShowsNoEnglishInterfaceText(String path, int status) throws Exception {
		assertThat(englishInterfaceTexts(page(path, status))).as("English interface text on %s", path).isEmpty();
	}

	/**
	 * Partner requests' pages, with a request in both languages and one in English only.
	 */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void partnerRequestPagesShowNoEnglishInterfaceText() throws Exception {
		long both = PartnerRequestRows.insert(jdbc, "Battery partner", "电池合作伙伴", LocalDate.now().plusDays(5));
		long english = PartnerRequestRows.insert(jdbc, "Hydrogen partner", null, LocalDate.now().plusDays(6));
		long closed = PartnerRequestRows.insert(jdbc, "Past", null, LocalDate.now().minusDays(1));
		for (String path : List.of("/zh/cooperation", "/zh/cooperation?state=closed&kind=pirate&sort=newest",
				"/zh/cooperation/" + both, "/zh/cooperation/" + english, "/zh/cooperation/" + closed,
				"/zh/countries/china", "/zh/organisations/eu-sme-centre", "/zh/sectors/C29", "/zh/search?q=电池")) {
			assertThat(englishInterfaceTexts(page(path, 200))).as("English interface text on %s", path).isEmpty();
		}
	}

	/** Members' pages and the editors' pages about them, with something in each state. */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void membersOrganisationPagesShowNoEnglishInterfaceText() throws Exception {
		MemberSamples samples = MemberSamples.make(mvc, accounts, jdbc);
		RequestPostProcessor editor = user("eda@example.eu").roles("EDITOR");
		List<MockHttpServletRequestBuilder> requests = List.of(get("/zh/account/organisations").with(AS_MEMBER),
				get("/zh/account/organisations/new").with(AS_MEMBER),
				post("/zh/account/organisations/new").with(AS_MEMBER)
					.with(csrf())
					.param("name", "")
					.param("contact", "x")
					.param("region", "nowhere"),
				get("/zh/account/organisations/{id}/edit", samples.represented).with(AS_MEMBER),
				get("/zh/account/organisations/claim/" + samples.claimable).with(AS_MEMBER),
				get("/zh/account/organisations/claim/china-ipr-helpdesk").with(AS_MEMBER),
				get("/zh/admin/validations").with(editor), get("/zh/admin/member-changes").with(editor));
		for (MockHttpServletRequestBuilder request : requests) {
			Document page = Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
			String path = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(page.select("html").attr("lang")).as("language of %s", path).isEqualTo("zh-Hans");
			assertThat(englishInterfaceTexts(page)).as("English interface text on %s", path).isEmpty();
		}
	}

	/**
	 * Members' partner request pages and the editors' ones, with a request in each state.
	 */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void membersAndEditorsPartnerRequestPagesShowNoEnglishInterfaceText() throws Exception {
		RequestSamples samples = RequestSamples.make(mvc, accounts, jdbc);
		RequestPostProcessor editor = user("eda@example.eu").roles("EDITOR");
		List<MockHttpServletRequestBuilder> requests = List.of(get("/zh/account/requests").with(AS_MEMBER),
				get("/zh/account/requests/new").with(AS_MEMBER),
				post("/zh/account/requests/new").with(AS_MEMBER)
					.with(csrf())
					.param("titleEn", "<b>")
					.param("deadline", "x")
					.param("targetCountries", "atlantis"),
				get("/zh/account/requests/{id}/edit", samples.open).with(AS_MEMBER),
				get("/zh/account/requests/{id}/close", samples.open).with(AS_MEMBER),
				get("/zh/account/requests/new").with(RequestSamples.AS_OUTSIDER),
				get("/zh/admin/requests").with(editor), get("/zh/admin/requests/{id}", samples.open).with(editor),
				get("/zh/admin/requests/{id}", samples.unpublished).with(editor),
				post("/zh/admin/requests/{id}/unpublish", samples.open).with(editor).with(csrf()));
		for (MockHttpServletRequestBuilder request : requests) {
			Document page = Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
			String path = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(page.select("html").attr("lang")).as("language of %s", path).isEqualTo("zh-Hans");
			assertThat(englishInterfaceTexts(page)).as("English interface text on %s", path).isEmpty();
		}
	}

	/** A member's follows, following, and the unsubscribe link's pages. */
	@Test
	@Transactional
	void followAndUnsubscribePagesShowNoEnglishInterfaceText() throws Exception {
		long member = jdbc.sql("""
				insert into account (email, display_name, password_hash, role, email_confirmed_at)
				values ('mei@example.eu', 'Mei', '{noop}x', 'MEMBER', now()) returning id""")
			.query(Long.class)
			.single();
		jdbc.sql("insert into follow (account_id, sector_id) select ?, id from sector where code = 'C26'")
			.param(member)
			.update();
		RequestPostProcessor signedIn = user("mei@example.eu").roles("MEMBER");
		String token = unsubscribeTokens.sign(member);
		List<MockHttpServletRequestBuilder> requests = List.of(get("/zh/account/follows").with(signedIn),
				get("/zh/account/follows/new?country=china").with(signedIn),
				get("/zh/account/follows/new?sector=C26").with(signedIn), get("/zh/unsubscribe?token=" + token),
				get("/zh/unsubscribe?token=1.x"), post("/zh/unsubscribe?token=" + token));
		for (MockHttpServletRequestBuilder request : requests) {
			Document page = Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
			String path = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(page.select("html").attr("lang")).as("language of %s", path).isEqualTo("zh-Hans");
			assertThat(englishInterfaceTexts(page)).as("English interface text on %s", path).isEmpty();
		}
	}

	@Test
	@Transactional
	void matchesPagesShowNoEnglishInterfaceText() throws Exception {
		long request = MatchSamples.showcase(jdbc, accounts);
		List<MockHttpServletRequestBuilder> requests = List.of(
				get("/zh/account/requests/{id}/matches", request).with(user(MatchSamples.POSTER).roles("MEMBER")),
				get("/zh/account/matches").with(user(MatchSamples.FITTING).roles("MEMBER")),
				get("/zh/account/matches").with(user(MatchSamples.POSTER).roles("MEMBER")));
		for (MockHttpServletRequestBuilder builder : requests) {
			Document page = Jsoup.parse(mvc.perform(builder).andReturn().getResponse().getContentAsString());
			String path = builder.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(page.select("main tbody tr, main .empty-state")).as("content of %s", path).isNotEmpty();
			assertThat(englishInterfaceTexts(page)).as("English interface text on %s", path).isEmpty();
		}
	}

	/** Conversations' pages, the forms sent back with mistakes and a refusal. */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void conversationPagesShowNoEnglishInterfaceText() throws Exception {
		ConversationSamples samples = ConversationSamples.make(mvc, accounts, jdbc);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(samples.pages("/zh"));
		requests.add(samples.refusedInterest("/zh"));
		for (MockHttpServletRequestBuilder request : requests) {
			Document page = Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
			String path = request.buildRequest(new MockServletContext()).getRequestURI();
			assertThat(page.select("html").attr("lang")).as("language of %s", path).isEqualTo("zh-Hans");
			assertThat(englishInterfaceTexts(page)).as("English interface text on %s", path).isEmpty();
		}
	}

	// No page fails on purpose, so the test makes the error dispatch the server makes
	// after an exception on a Chinese page.
	@Test
	void aServerErrorOnAChinesePageGetsTheChineseErrorPage() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with((request) -> {
			request.setDispatcherType(DispatcherType.ERROR);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/zh/countries/china");
			return request;
		})).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(500);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.title()).isEqualTo("出错了 · 欧盟—中国产业集群门户");
		assertThat(page.select("main h1").text()).isEqualTo("出错了");
		assertThat(englishInterfaceTexts(page)).isEmpty();
	}

	@Test
	void englishInterfaceTextIsFoundInTextAndAttributesButNotWhereMarkedEnglish() {
		Document page = Jsoup.parse("""
				<html lang="zh-Hans"><head><title>搜索 · 欧盟—中国产业集群门户</title></head><body>
				<p>Read more</p>
				<p>欧洲集群 Not recorded yet: 网站</p>
				<a href="/zh/" aria-label="Remove the filter 国家：中国">×</a>
				<table><tr><td data-label="Technology fields">A61</td></tr></table>
				<div lang="en"><p>Read more</p><p>Clusters</p></div>
				<p>Wuxi Read more IoT</p>
				</body></html>""");
		assertThat(englishInterfaceTexts(page)).containsExactly("\"Read more\" in Read more",
				"\"Not recorded yet\" in 欧洲集群 Not recorded yet: 网站",
				"\"Remove the filter\" in aria-label=\"Remove the filter 国家：中国\"",
				"\"Technology fields\" in data-label=\"Technology fields\"");
	}

	private Document page(String path, int status) throws IOException, InterruptedException {
		HttpResponse<String> response = new Browser(port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).as("language of %s", path).isEqualTo("zh-Hans");
		return page;
	}

	/**
	 * The phrases of the English bundle that the page shows outside parts marked English,
	 * each with where: {@code "phrase" in text}.
	 */
	private static List<String> englishInterfaceTexts(Document page) {
		List<String> found = new ArrayList<>();
		page.traverse((node, depth) -> {
			if (node instanceof TextNode text && !markedEnglish(text) && !text.parent().nameIs("script")
					&& !text.parent().nameIs("style")) {
				englishPhrase(text.text()).ifPresent((phrase) -> found.add(where(phrase, text.text())));
			}
			if (node instanceof Element element && !markedEnglish(element)) {
				for (String name : VISIBLE_ATTRIBUTES) {
					englishPhrase(element.attr(name))
						.ifPresent((phrase) -> found.add(where(phrase, name + "=\"" + element.attr(name) + "\"")));
				}
			}
		});
		return found;
	}

	private static String where(String phrase, String text) {
		String shown = text.strip();
		return "\"" + phrase + "\" in " + ((shown.length() > 80) ? shown.substring(0, 80) + "\u2026" : shown);
	}

	private static boolean markedEnglish(Node node) {
		Element element = (node instanceof Element self) ? self : (Element) node.parent();
		Element marked = element.closest("[lang]");
		return marked != null && marked.attr("lang").startsWith("en");
	}

	private static Optional<String> englishPhrase(String text) {
		String shown = trimmed(text);
		return ENGLISH_PHRASES.stream()
			.filter((phrase) -> shown.equals(phrase) || (phrase.length() >= PHRASE_LENGTH && shown.contains(phrase)))
			.max(Comparator.comparingInt(String::length));
	}

	/**
	 * The literal parts of every English message that the Chinese bundle translates: the
	 * text between its arguments and the texts of its choices.
	 */
	private static Set<String> englishPhrases() {
		Properties english = load("messages.properties");
		Properties chinese = load("messages_zh.properties");
		Set<String> chinesePhrases = new TreeSet<>();
		chinese.stringPropertyNames().forEach((key) -> chinesePhrases.addAll(phrases(chinese.getProperty(key))));
		Set<String> phrases = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			if (!english.getProperty(key).equals(chinese.getProperty(key))) {
				phrases(english.getProperty(key)).stream()
					.filter((phrase) -> phrase.codePoints().filter(Character::isLetter).count() >= 4)
					.filter((phrase) -> !chinesePhrases.contains(phrase))
					.forEach(phrases::add);
			}
		}
		return phrases;
	}

	private static List<String> phrases(String message) {
		List<String> phrases = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < message.length(); i++) {
			if (message.charAt(i) != '{') {
				text.append(message.charAt(i));
				continue;
			}
			int end = closingBrace(message, i);
			String[] argument = message.substring(i + 1, end).split(",", 3);
			if (argument.length == 3 && argument[1].strip().equals("choice")) {
				for (String option : topLevel(argument[2])) {
					phrases.addAll(phrases(option.replaceFirst("^\\s*-?[\\d.]+[#<\u2264]", "")));
				}
			}
			add(text, phrases);
			i = end;
		}
		add(text, phrases);
		return phrases;
	}

	private static void add(StringBuilder text, List<String> phrases) {
		String phrase = trimmed(text.toString().replace("''", "'"));
		if (!phrase.isEmpty()) {
			phrases.add(phrase);
		}
		text.setLength(0);
	}

	/** Without the spaces and punctuation around it, which both languages may share. */
	private static String trimmed(String text) {
		return text.replaceAll("\\s+", " ").replaceAll("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$", "");
	}

	private static int closingBrace(String message, int open) {
		int depth = 0;
		for (int i = open; i < message.length(); i++) {
			depth += (message.charAt(i) == '{') ? 1 : (message.charAt(i) == '}') ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return message.length() - 1;
	}

	/** A choice's options, split at the bars outside nested arguments. */
	private static List<String> topLevel(String choices) {
		List<String> options = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < choices.length(); i++) {
			char c = choices.charAt(i);
			depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			if (c == '|' && depth == 0) {
				options.add(choices.substring(start, i));
				start = i + 1;
			}
		}
		options.add(choices.substring(start));
		return options;
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
