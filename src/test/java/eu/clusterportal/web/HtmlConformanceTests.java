package eu.clusterportal.web;

import static eu.clusterportal.WebPages.editor;
import static eu.clusterportal.organisation.membership.MemberSamples.AS_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.alerts.UnsubscribeTokens;
import eu.clusterportal.conversation.ConversationSamples;
import eu.clusterportal.cooperation.posting.RequestSamples;
import eu.clusterportal.matching.MatchSamples;
import eu.clusterportal.organisation.membership.MemberSamples;
import eu.clusterportal.requests.PartnerRequestRows;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * One page of every kind, public and signed in, checked by the Nu HTML Checker (the W3C's
 * validator, here from its jar: no network). Errors fail the test with the page, line and
 * message; warnings do not.
 */
@PortalIntegrationTest
class HtmlConformanceTests {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/countries", "/countries/china", "/countries/japan",
			"/clusters", "/clusters/chongqing-automobile-cluster", "/partnerships", "/partnerships/DIA", "/sectors/C29",
			"/organisations", "/organisations?help=true&sort=type", "/organisations/eu-sme-centre",
			"/technology-fields/E03", "/news", "/documents", "/events", "/search?q=automotive", "/search?q=chamber",
			"/accessibility", "/privacy", "/cookies", "/legal-notice", "/login", "/login?unconfirmed", "/register",
			"/register/sent", "/register/resend", "/register/confirmed", "/register/deleted");

	/** Admin lists, each with the links in it that lead to the forms of its kind. */
	private static final Map<String, List<String>> ADMIN_LISTS = Map.of("/admin/clusters",
			List.of("main a[href$=/edit]"), "/admin/partnerships", List.of("main a[href$=/edit]"), "/admin/sectors",
			List.of("main a[href$=/edit]"), "/admin/countries",
			List.of(".item-list__title a", "main a[href*=/sections/]"), "/admin/news", List.of(), "/admin/events",
			List.of(), "/admin/documents", List.of(), "/admin/organisations",
			List.of("main a[href$=/edit]", "main a[href$=/history]", "main a[href$=/delete]"));

	/** Forms for new items, of the kinds the demo content has none of. */
	private static final List<String> NEW_FORMS = List.of("/admin/clusters/new", "/admin/news/new", "/admin/events/new",
			"/admin/documents/new", "/admin/countries/new");

	private static final Errors errors = new Errors();

	private static SimpleDocumentValidator validator;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Autowired
	WebPages pages;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnsubscribeTokens unsubscribeTokens;

	/**
	 * The schema's compiler recurses deeper than a default stack allows (vnu runs with
	 * -Xss512k+).
	 */
	@BeforeAll
	static void loadTheSchemas() throws Exception {
		validator = new SimpleDocumentValidator(true, false, true);
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread loader = new Thread(null, () -> {
			try {
				validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, errors);
				validator.setUpValidatorAndParsers(errors, true, false);
			}
			catch (Exception ex) {
				failure.set(ex);
			}
		}, "nu-schemas", 64 * 1024 * 1024);
		loader.start();
		loader.join();
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	@Test
	void everyKindOfPageIsValidHtml() throws Exception {
		for (String page : PUBLIC_PAGES) {
			assertValid(page, get(page));
		}
		assertValid("a page not found", pageNotFound("/countries/atlantis"));
		assertValid("/admin", get("/admin").with(editor("eda@example.eu")));
		for (Map.Entry<String, List<String>> list : ADMIN_LISTS.entrySet()) {
			assertValid(list.getKey(), get(list.getKey()).with(editor("eda@example.eu")));
			Document page = pages.html(get(list.getKey()).with(editor("eda@example.eu")));
			for (String link : list.getValue()) {
				String form = page.select(link).first().attr("href");
				assertValid(form, get(form).with(editor("eda@example.eu")));
			}
		}
		for (String form : NEW_FORMS) {
			assertValid(form, get(form).with(editor("eda@example.eu")));
		}
		assertValid("/admin/clusters sent back with mistakes",
				post("/admin/clusters").with(editor("eda@example.eu")).with(csrf()).param("name", ""));
		assertValid("/admin/organisations sent back with mistakes",
				post("/admin/organisations").with(editor("eda@example.eu"))
					.with(csrf())
					.param("name", "")
					.param("contact", "x")
					.param("clusters", "nowhere"));
		RequestPostProcessor admin = user("ada@example.eu").roles("ADMIN");
		assertValid("/admin/accounts", get("/admin/accounts").with(admin));
	}

	/**
	 * Every kind of page once more in Chinese: its own language attributes, alternates
	 * and switch; an English page offering the Chinese one.
	 */
	@Test
	void everyKindOfPageIsValidHtmlInChinese() throws Exception {
		for (String page : PUBLIC_PAGES) {
			assertValid("/zh" + page, get("/zh" + page));
		}
		assertValid("a page not found in Chinese", pageNotFound("/zh/countries/atlantis"));
		assertValid("/zh/admin", get("/zh/admin").with(editor("eda@example.eu")));
		for (String list : ADMIN_LISTS.keySet()) {
			assertValid("/zh" + list, get("/zh" + list).with(editor("eda@example.eu")));
		}
		for (String form : NEW_FORMS) {
			assertValid("/zh" + form, get("/zh" + form).with(editor("eda@example.eu")));
		}
		assertValid("/zh/admin/clusters sent back with mistakes",
				post("/zh/admin/clusters").with(editor("eda@example.eu")).with(csrf()).param("name", ""));
		assertValid("/countries/china offering Chinese",
				get("/countries/china").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
	}

	/** The outbox and one of its mails, whose HTML part the page holds in a frame. */
	@Test
	@Transactional
	void theOutboxIsValidHtml() throws Exception {
		long id = jdbc.sql("""
				insert into outbox_mail (kind, recipient, language, subject, text_body, html_body, attempts, last_error)
				values ('outbox-test', 'ming@example.cn', 'zh-Hans', '测试邮件', '测试 http://localhost:8080/zh/',
				        '<!DOCTYPE html><html lang="zh-Hans"><body><p style="margin: 0">测试</p></body></html>',
				        1, 'Connection refused')
				returning id""").query(Long.class).single();
		for (String language : List.of("", "/zh")) {
			assertValid(language + "/admin/outbox", get(language + "/admin/outbox").with(editor("eda@example.eu")));
			assertValid(language + "/admin/outbox/" + id,
					get(language + "/admin/outbox/" + id).with(editor("eda@example.eu")));
		}
	}

	/**
	 * The pages of a member's account and of the links mailed to members, each state of a
	 * link with its status, in both languages; the editors' list of members.
	 */
	@Test
	@Transactional
	void everyKindOfMembersPageIsValidHtml() throws Exception {
		long member = jdbc.sql("""
				insert into account (email, display_name, password_hash, role, email_confirmed_at)
				values ('mei@example.eu', '<b>Mei</b>', '{noop}x', 'MEMBER', now()) returning id""")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into account_link (purpose, account_id, token_hash, expires_at, used_at) values
				('CONFIRM_EMAIL', :id, :usable, now() + interval '1 day', null),
				('CONFIRM_EMAIL', :id, :expired, now() - interval '1 second', null),
				('CONFIRM_EMAIL', :id, :used, now() + interval '1 day', now())""")
			.param("id", member)
			.param("usable", sha256("a".repeat(43)))
			.param("expired", sha256("b".repeat(43)))
			.param("used", sha256("c".repeat(43)))
			.update();
		RequestPostProcessor signedIn = user("mei@example.eu").roles("MEMBER");
		for (String language : List.of("", "/zh")) {
			assertValid(language + "/register/confirm", get(language + "/register/confirm?token=" + "a".repeat(43)),
					200);
			assertValid(language + " expired link", get(language + "/register/confirm?token=" + "b".repeat(43)), 410);
			assertValid(language + " used link", get(language + "/register/confirm?token=" + "c".repeat(43)), 409);
			assertValid(language + " unknown link", get(language + "/register/confirm?token=x"), 404);
			assertValid(language + "/register sent back with mistakes",
					post(language + "/register").with(csrf()).param("name", "\u0000"), 200);
			assertValid(language + "/account", get(language + "/account").with(signedIn), 200);
			assertValid(language + "/account/delete", get(language + "/account/delete").with(signedIn), 200);
			assertValid(language + "/admin/members", get(language + "/admin/members").with(editor("eda@example.eu")),
					200);
		}
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes()));
	}

	private void assertValid(String page, RequestBuilder request, int status) throws Exception {
		assertValid(page,
				mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
	}

	/** Members' pages and the editors' pages about them, with something in each state. */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void membersOrganisationPagesAreValidHtml() throws Exception {
		MemberSamples samples = MemberSamples.make(mvc, accounts, jdbc);
		RequestPostProcessor editor = editor("eda@example.eu");
		for (String prefix : List.of("", "/zh")) {
			assertValid(prefix + "/account/organisations", get(prefix + "/account/organisations").with(AS_MEMBER));
			assertValid(prefix + "/account/organisations/new",
					get(prefix + "/account/organisations/new").with(AS_MEMBER));
			assertValid(prefix + "/account/organisations/new sent back with mistakes",
					post(prefix + "/account/organisations/new").with(AS_MEMBER)
						.with(csrf())
						.param("name", "")
						.param("contact", "x"));
			assertValid(prefix + "/account/organisations/#/edit",
					get(prefix + "/account/organisations/{id}/edit", samples.represented).with(AS_MEMBER));
			assertValid(prefix + "/account/organisations/claim/#",
					get(prefix + "/account/organisations/claim/" + samples.claimable).with(AS_MEMBER));
			assertValid(prefix + "/account/organisations/claim/# refused",
					get(prefix + "/account/organisations/claim/china-ipr-helpdesk").with(AS_MEMBER));
			assertValid(prefix + "/admin/validations", get(prefix + "/admin/validations").with(editor));
			assertValid(prefix + "/admin/member-changes", get(prefix + "/admin/member-changes").with(editor));
		}
	}

	/**
	 * Members' partner request pages and the editors' ones, with a request in each state.
	 */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void membersAndEditorsPartnerRequestPagesAreValidHtml() throws Exception {
		RequestSamples samples = RequestSamples.make(mvc, accounts, jdbc);
		RequestPostProcessor editor = editor("eda@example.eu");
		for (String prefix : List.of("", "/zh")) {
			assertValid(prefix + "/account/requests", get(prefix + "/account/requests").with(AS_MEMBER));
			assertValid(prefix + "/account/requests/new", get(prefix + "/account/requests/new").with(AS_MEMBER));
			assertValid(prefix + "/account/requests/new sent back with mistakes",
					post(prefix + "/account/requests/new").with(AS_MEMBER)
						.with(csrf())
						.param("titleEn", "<b>")
						.param("targetCountries", "atlantis"));
			assertValid(prefix + "/account/requests/#/edit",
					get(prefix + "/account/requests/{id}/edit", samples.open).with(AS_MEMBER));
			assertValid(prefix + "/account/requests/#/close",
					get(prefix + "/account/requests/{id}/close", samples.open).with(AS_MEMBER));
			assertValid(prefix + "/account/requests/new without an organisation",
					get(prefix + "/account/requests/new").with(RequestSamples.AS_OUTSIDER), 403);
			assertValid(prefix + "/admin/requests", get(prefix + "/admin/requests").with(editor));
			assertValid(prefix + "/admin/requests/#", get(prefix + "/admin/requests/{id}", samples.open).with(editor));
			assertValid(prefix + "/admin/requests/# unpublished",
					get(prefix + "/admin/requests/{id}", samples.unpublished).with(editor));
			assertValid(prefix + "/admin/requests/# without a reason",
					post(prefix + "/admin/requests/{id}/unpublish", samples.open).with(editor).with(csrf()));
		}
	}

	/** A member's follows, following, and the unsubscribe link's pages. */
	@Test
	@Transactional
	void followAndUnsubscribePagesAreValidHtml() throws Exception {
		long member = jdbc.sql("""
				insert into account (email, display_name, password_hash, role, email_confirmed_at)
				values ('mei@example.eu', 'Mei', '{noop}x', 'MEMBER', now()) returning id""")
			.query(Long.class)
			.single();
		jdbc.sql("insert into follow (account_id, country_id) select ?, id from country where slug = 'china'")
			.param(member)
			.update();
		RequestPostProcessor signedIn = user("mei@example.eu").roles("MEMBER");
		String token = unsubscribeTokens.sign(member);
		for (String prefix : List.of("", "/zh")) {
			assertValid(prefix + "/account/follows", get(prefix + "/account/follows").with(signedIn));
			assertValid(prefix + "/account/follows/new",
					get(prefix + "/account/follows/new?sector=C26").with(signedIn));
			assertValid(prefix + "/account/follows/new followed",
					get(prefix + "/account/follows/new?country=china").with(signedIn));
			assertValid(prefix + "/unsubscribe", get(prefix + "/unsubscribe?token=" + token));
			assertValid(prefix + "/unsubscribe tampered", get(prefix + "/unsubscribe?token=1.x"), 404);
			assertValid(prefix + "/unsubscribe done", post(prefix + "/unsubscribe?token=" + token));
		}
	}

	/** A request's matches and a member's, in both languages. */
	@Test
	@Transactional
	void matchesPagesAreValidHtml() throws Exception {
		long request = MatchSamples.showcase(jdbc, accounts);
		for (String prefix : List.of("", "/zh")) {
			assertValid(prefix + "/account/requests/#/matches", get(prefix + "/account/requests/{id}/matches", request)
				.with(user(MatchSamples.POSTER).roles("MEMBER")));
			assertValid(prefix + "/account/matches",
					get(prefix + "/account/matches").with(user(MatchSamples.FITTING).roles("MEMBER")));
			assertValid(prefix + "/account/matches without matches",
					get(prefix + "/account/matches").with(user(MatchSamples.POSTER).roles("MEMBER")));
		}
	}

	/** Conversations' pages, the forms sent back with mistakes and a refusal. */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void conversationPagesAreValidHtml() throws Exception {
		ConversationSamples samples = ConversationSamples.make(mvc, accounts, jdbc);
		for (String prefix : List.of("", "/zh")) {
			for (MockHttpServletRequestBuilder request : samples.pages(prefix)) {
				assertValid(request.buildRequest(new MockServletContext()).getRequestURI(), request);
			}
			assertValid(prefix + "/cooperation/#/interest refused", samples.refusedInterest(prefix), 403);
		}
	}

	/**
	 * Partner requests' pages, with a request in both languages and one in Chinese only.
	 */
	@Test
	@ExtendWith(DatabaseSnapshot.class)
	void partnerRequestPagesAreValidHtml() throws Exception {
		long both = PartnerRequestRows.insert(jdbc, "Battery partner", "电池合作伙伴", LocalDate.now().plusDays(5));
		long chinese = PartnerRequestRows.insert(jdbc, null, "氢能合作", LocalDate.now().minusDays(1));
		for (String prefix : List.of("", "/zh")) {
			assertValid(prefix + "/cooperation", get(prefix + "/cooperation"));
			assertValid(prefix + "/cooperation filtered oddly",
					get(prefix + "/cooperation?state=closed&kind=pirate&sort=title"));
			assertValid(prefix + "/cooperation/#", get(prefix + "/cooperation/" + both));
			assertValid(prefix + "/cooperation/# closed", get(prefix + "/cooperation/" + chinese));
			assertValid(prefix + "/countries/china with requests", get(prefix + "/countries/china"));
			assertValid(prefix + "/organisations/# with requests", get(prefix + "/organisations/eu-sme-centre"));
			assertValid(prefix + "/sectors/# with requests", get(prefix + "/sectors/C29"));
		}
		assertValid("/search for requests", get("/search?q=battery&type=requests"));
	}

	private void assertValid(String page, RequestBuilder request) throws Exception {
		assertValid(page,
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** From the server: MockMvc does not forward to the error page. */
	private String pageNotFound(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		return response.body();
	}

	private void assertValid(String page, String html) throws Exception {
		errors.found.clear();
		validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		assertThat(errors.found).as("Nu HTML Checker errors on %s", page).isEmpty();
	}

	/** Collects the checker's errors; warnings are advice. */
	private static final class Errors implements ErrorHandler {

		private final List<String> found = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.found.add("line " + exception.getLineNumber() + ": " + exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
