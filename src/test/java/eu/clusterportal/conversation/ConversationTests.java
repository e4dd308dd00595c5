package eu.clusterportal.conversation;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import eu.clusterportal.ConcurrentWrite;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members answer partner requests and talk in their inboxes: what each side sees and gets
 * by mail, what stays hidden, and every refusal. These tests commit (the outbox is
 * written in the transaction of a message); the database is restored after each.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class ConversationTests {

	private static final String POSTER = "ada@example.cn";

	private static final String SENDER = "ben@example.de";

	private static final String THIRD = "cai@example.fr";

	private static final String COLLEAGUE = "dan@example.cn";

	private static final RequestPostProcessor AS_POSTER = user(POSTER).roles("MEMBER");

	private static final RequestPostProcessor AS_SENDER = user(SENDER).roles("MEMBER");

	private static final RequestPostProcessor AS_THIRD = user(THIRD).roles("MEMBER");

	private static final RequestPostProcessor AS_COLLEAGUE = user(COLLEAGUE).roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MovableClock clock;

	@Autowired
	DataSource dataSource;

	private long request;

	private long senderOrganisation;

	@BeforeEach
	void membersAndARequest() {
		long poster = member(POSTER, "Ada Wang", Language.SIMPLIFIED_CHINESE);
		long sender = member(SENDER, "Ben Braun", Language.ENGLISH);
		member(THIRD, "Cai Dupont", Language.ENGLISH);
		long colleague = member(COLLEAGUE, "Dan Li", Language.ENGLISH);
		long helpdesk = organisation("china-ipr-helpdesk");
		senderOrganisation = organisation("eu-sme-centre");
		validate(helpdesk, poster);
		validate(helpdesk, colleague);
		validate(senderOrganisation, sender);
		request = request(helpdesk, poster, "2099-12-31");
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anInterestReachesThePosterAndTheirMailInTheirLanguageAndTheRepliesGoBothWays() throws Exception {
		long conversation = expressInterest(request, "We make sensors and look for a partner.");

		Document inbox = pages.html(get("/account/inbox").with(AS_POSTER));
		assertThat(inbox.select("main .lead").text()).isEqualTo("1 unread message");
		assertThat(inbox.select("tbody tr").eachText())
			.containsExactly("Sensor partner wanted Ben Braun, EU SME Centre We make sensors and look for a partner. "
					+ inbox.select("tbody td").get(2).text() + " 1 unread");
		var mail = jdbc.sql("select kind, recipient, language, subject, text_body, html_body from outbox_mail")
			.query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6)))
			.single();
		assertThat(mail.subList(0, 4)).containsExactly("interest-received", POSTER, "zh-Hans", "有会员对您的合作需求表达了合作意向");
		assertThat(mail.get(4))
			.contains("Ada Wang，您好：", "Ben Braun对您的合作需求“传感器合作伙伴”表达了合作意向", "We make sensors and look for a partner.",
					"http://localhost:8080/zh/account/inbox/" + conversation)
			.doesNotContain(SENDER);
		assertThat(mail.get(5)).doesNotContain(SENDER);

		Document thread = pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER));
		assertThat(thread.select("main h1 a").attr("href")).isEqualTo("/cooperation/" + request);
		assertThat(thread.select(".message__text").eachText())
			.containsExactly("We make sensors and look for a partner.");
		assertThat(pages.html(get("/account/inbox").with(AS_POSTER)).select("main .lead").text())
			.isEqualTo("No unread messages");

		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_POSTER)
			.with(csrf())
			.param("text", "Welcome! Tell us more.")).andExpect(redirectedUrl("/account/inbox/" + conversation));
		Document senderInbox = pages.html(get("/zh/account/inbox").with(AS_SENDER));
		assertThat(senderInbox.select("tbody td").last().text()).isEqualTo("1条未读");
		assertThat(pages.html(get("/account/inbox/{id}", conversation).with(AS_SENDER))
			.select(".message__text")
			.eachText()).containsExactly("We make sensors and look for a partner.", "Welcome! Tell us more.");
		assertThat(jdbc.sql("select recipient || ' ' || language || ' ' || subject from outbox_mail order by id")
			.query(String.class)
			.list()).last().isEqualTo(SENDER + " en A new message about a partner request");
	}

	@Test
	void organisationsAreNamedInTheLanguageOfThePageAndOfTheMail() throws Exception {
		Document form = pages.html(get("/zh/cooperation/{id}/interest", request).with(AS_SENDER));
		assertThat(form.select("main .lead").text()).contains("中国知识产权服务台");
		assertThat(form.select("select[name=organisation] option").eachText()).contains("欧盟中小企业中心");
		long conversation = expressInterest(request, "We make sensors.");

		assertThat(pages.html(get("/zh/account/inbox").with(AS_POSTER)).select("tbody").text()).contains("欧盟中小企业中心");
		assertThat(pages.html(get("/zh/account/inbox/{id}", conversation).with(AS_SENDER)).select("main").text())
			.contains("中国知识产权服务台");
		assertThat(pages.html(get("/account/inbox/{id}", conversation).with(AS_SENDER)).select("main").text())
			.contains("China IPR Helpdesk")
			.doesNotContain("中国知识产权服务台");
		assertThat(jdbc.sql("select text_body from outbox_mail").query(String.class).single())
			.as("the mail to the poster, who reads Chinese")
			.contains("欧盟中小企业中心");
	}

	@Test
	void anInterestSentTwiceAtOnceMakesOneConversationWithBothMessages() throws Exception {
		long sender = id(SENDER);
		// the first send, holding the sender's lock with its conversation not yet
		// committed
		String firstSend = """
				select pg_advisory_xact_lock(hashtextextended('conversation-limits', %1$d));
				insert into conversation (partner_request_id, poster_id, sender_id, created_at, last_message_at)
				values (%2$d, %3$d, %1$d, now(), now());
				insert into message (conversation_id, sender_id, body, created_at)
				select id, %1$d, 'First click.', now() from conversation where sender_id = %1$d
				""".formatted(sender, request, id(POSTER));

		long conversation = ConcurrentWrite.during(dataSource, firstSend,
				() -> expressInterest(request, "Second click."));

		assertThat(jdbc.sql("select count(*) from conversation").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select body from message where conversation_id = ? order by id")
			.param(conversation)
			.query(String.class)
			.list()).containsExactly("First click.", "Second click.");
	}

	@Test
	void noAddressIsShownUntilItsOwnerSharesIt() throws Exception {
		long conversation = expressInterest(request, "Hello.");
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_POSTER).with(csrf()).param("text", "Hi."))
			.andExpect(status().is3xxRedirection());
		for (RequestPostProcessor side : List.of(AS_POSTER, AS_SENDER)) {
			String html = pages.html(get("/account/inbox/{id}", conversation).with(side)).html()
					+ pages.html(get("/account/inbox").with(side)).html();
			assertThat(html).doesNotContain(POSTER, SENDER);
		}
		assertThat(jdbc.sql("select string_agg(text_body || html_body, ' ') from outbox_mail")
			.query(String.class)
			.single()).doesNotContain(POSTER, SENDER);

		mvc.perform(post("/account/inbox/{id}/share", conversation).with(AS_SENDER).with(csrf()))
			.andExpect(redirectedUrl("/account/inbox/" + conversation));

		assertThat(pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER))
			.select("main a[href^=mailto:]")
			.text()).isEqualTo(SENDER);
		assertThat(pages.html(get("/account/inbox/{id}", conversation).with(AS_SENDER)).html()).doesNotContain(POSTER);
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_SENDER).with(csrf()).param("text", "Mail me."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select text_body from outbox_mail where recipient = ? order by id desc limit 1")
			.param(POSTER)
			.query(String.class)
			.single()).contains(SENDER);
	}

	@Test
	void onlyTheTwoSidesSeeAConversation() throws Exception {
		long conversation = expressInterest(request, "Hello.");
		long message = jdbc.sql("select id from message").query(Long.class).single();

		mvc.perform(get("/account/inbox/{id}", conversation).with(AS_THIRD)).andExpect(status().isNotFound());
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_THIRD).with(csrf()).param("text", "Me too."))
			.andExpect(status().isNotFound());
		mvc.perform(post("/account/inbox/{id}/share", conversation).with(AS_THIRD).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/account/inbox/{id}/block", conversation).with(AS_THIRD).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/account/inbox/{id}/messages/{m}/report", conversation, message).with(AS_THIRD))
			.andExpect(status().isNotFound());
		mvc.perform(get("/account/inbox/{id}", conversation + 1000).with(AS_POSTER)).andExpect(status().isNotFound());
		assertThat(pages.html(get("/account/inbox").with(AS_THIRD)).select("tbody tr")).isEmpty();
		assertThat(jdbc.sql("select count(*) from message").query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select poster_shares_email or sender_shares_email from conversation")
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void aBlockedSenderCannotWriteAndNothingReachesTheMemberWhoBlockedThem() throws Exception {
		long conversation = expressInterest(request, "Hello.");
		long another = request(organisation("china-ipr-helpdesk"), id(POSTER), "2099-06-30");
		mvc.perform(post("/account/inbox/{id}/block", conversation).with(AS_POSTER).with(csrf()))
			.andExpect(redirectedUrl("/account/inbox/" + conversation));
		int mails = mailCount();

		MvcResult reply = mvc
			.perform(post("/account/inbox/{id}", conversation).with(AS_SENDER).with(csrf()).param("text", "Hello?"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(Jsoup.parse(reply.getResponse().getContentAsString()).select("main [role=alert]").text())
			.isEqualTo("This member does not take messages from you.");
		MvcResult interest = mvc
			.perform(
					post("/cooperation/{id}/interest", another).with(AS_SENDER).with(csrf()).param("text", "And this?"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(Jsoup.parse(interest.getResponse().getContentAsString()).select("main [role=alert]").text())
			.isEqualTo("This member does not take messages from you.");
		assertThat(jdbc.sql("select count(*) from message").query(Integer.class).single()).isOne();
		assertThat(mailCount()).isEqualTo(mails);

		Document blocked = pages.html(get("/account/inbox/blocked").with(AS_POSTER));
		assertThat(blocked.select("main .link-list li").text()).startsWith("Ben Braun");
		mvc.perform(post(blocked.select("main .link-list li form").attr("action")).with(AS_POSTER).with(csrf()))
			.andExpect(redirectedUrl("/account/inbox/blocked"));
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_SENDER).with(csrf()).param("text", "Hello?"))
			.andExpect(redirectedUrl("/account/inbox/" + conversation));
	}

	@Test
	void aReportedMessageIsListedForEditorsWithItsWriter() throws Exception {
		long conversation = expressInterest(request, "Buy cheap watches!");
		Document thread = pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER));
		String report = thread.select("a[href*=/report]").attr("href");
		assertThat(pages.html(post(report).with(AS_POSTER).with(csrf()).param("reason", " "))
			.select(".field__errors")
			.text()).isEqualTo("Please say why you report this message.");
		mvc.perform(post(report).with(AS_POSTER).with(csrf()).param("reason", "Spam, not about our request."))
			.andExpect(redirectedUrl("/account/inbox/" + conversation));
		mvc.perform(get("/admin/reports").with(AS_POSTER)).andExpect(status().isForbidden());

		Document reports = pages.html(get("/admin/reports").with(user("eda@example.eu").roles("EDITOR")));
		assertThat(reports.select("article").text()).contains("Buy cheap watches!", "Spam, not about our request.",
				"Ada Wang (" + POSTER + ")");
		assertThat(reports.select("article dd a").attr("href")).isEqualTo("/admin/members?q=" + SENDER);
		mvc.perform(post(reports.select("article form").attr("action")).with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())).andExpect(redirectedUrl("/admin/reports"));
		assertThat(
				pages.html(get("/admin/reports").with(user("eda@example.eu").roles("EDITOR"))).select("article").text())
			.contains("Handled by eda@example.eu");
		// one cannot report one's own message
		long own = jdbc.sql("select id from message").query(Long.class).single();
		mvc.perform(get("/account/inbox/{id}/messages/{m}/report", conversation, own).with(AS_SENDER))
			.andExpect(status().isNotFound());
	}

	@Test
	void reportingAMessageAgainTellsTheMemberItIsAlreadyReportedAndAddsNoReport() throws Exception {
		long conversation = expressInterest(request, "Buy cheap watches!");
		String report = pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER))
			.select("a[href*=/report]")
			.attr("href");
		assertThat(noticeAfter(post(report).with(AS_POSTER).with(csrf()).param("reason", "Spam."), "/account/inbox/"))
			.isEqualTo("Thank you. The editors will look at the message.");

		assertThat(noticeAfter(post(report).with(AS_POSTER).with(csrf()).param("reason", "Still spam."),
				"/account/inbox/"))
			.isEqualTo("You have already reported this message. The editors will look at it.");
		assertThat(noticeAfter(post("/zh" + report).with(AS_POSTER).with(csrf()).param("reason", "垃圾信息。"),
				"/zh/account/inbox/"))
			.isEqualTo("您已举报过该消息，编辑将会查看。");

		Document reports = pages.html(get("/admin/reports").with(user("eda@example.eu").roles("EDITOR")));
		assertThat(reports.select("article")).hasSize(1);
		assertThat(reports.select("article").text()).contains("Spam.").doesNotContain("Still spam.");
	}

	@Test
	void aReportSubmittedTwiceAtOnceIsStoredOnce() throws Exception {
		long conversation = expressInterest(request, "Buy cheap watches!");
		long message = jdbc.sql("select id from message").query(Long.class).single();
		String firstSubmit = """
				insert into message_report (message_id, reporter_id, reason, created_at)
				values (%d, (select id from account where email = '%s'), 'Spam.', now())""".formatted(message, POSTER);

		String notice = ConcurrentWrite.during(dataSource, firstSubmit,
				() -> noticeAfter(post("/account/inbox/{id}/messages/{m}/report", conversation, message).with(AS_POSTER)
					.with(csrf())
					.param("reason", "Spam."), "/account/inbox/"));

		assertThat(notice).isEqualTo("You have already reported this message. The editors will look at it.");
		assertThat(jdbc.sql("select count(*) from message_report").query(Long.class).single()).isOne();
	}

	/** The notice on the page that the request redirects to, in the same session. */
	private String noticeAfter(MockHttpServletRequestBuilder request, String redirectPrefix) throws Exception {
		MockHttpServletResponse response = mvc.perform(request)
			.andExpect(redirectedUrlPattern(redirectPrefix + "*"))
			.andReturn()
			.getResponse();
		return pages.html(get(response.getRedirectedUrl()).with(AS_POSTER).cookie(response.getCookies()))
			.select(".notice[role=status]")
			.text();
	}

	@Test
	void overTheHourlyLimitAMessageIsRefusedWith429AndTheTextKept() throws Exception {
		long conversation = expressInterest(request, "Message 1");
		for (int n = 2; n <= 20; n++) {
			mvc.perform(post("/account/inbox/{id}", conversation).with(AS_SENDER)
				.with(csrf())
				.param("text", "Message " + n)).andExpect(status().is3xxRedirection());
		}
		MvcResult refused = mvc.perform(
				post("/account/inbox/{id}", conversation).with(AS_SENDER).with(csrf()).param("text", "One too many"))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(page.select("textarea#text").text()).isEqualTo("One too many");
		assertThat(page.select(".error-summary").text()).contains("You can write again from");
		assertThat(jdbc.sql("select count(*) from message").query(Integer.class).single()).isEqualTo(20);

		clock.moveOn(Duration.ofMinutes(61));
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_SENDER).with(csrf()).param("text", "Later"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void overTheHourlyLimitOfNewConversationsAnInterestIsRefusedWith429() throws Exception {
		long helpdesk = organisation("china-ipr-helpdesk");
		expressInterest(request, "Interested");
		for (int n = 2; n <= 10; n++) {
			expressInterest(request(helpdesk, id(POSTER), "2099-01-01"), "Interested " + n);
		}
		long eleventh = request(helpdesk, id(POSTER), "2099-01-01");
		MvcResult refused = mvc
			.perform(
					post("/cooperation/{id}/interest", eleventh).with(AS_SENDER).with(csrf()).param("text", "Eleventh"))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).select("textarea#text").text())
			.isEqualTo("Eleventh");
		// another message in a conversation already begun is not a new conversation
		expressInterest(request, "Still interested");
	}

	@Test
	void aMemberCannotAnswerARequestOfTheirOwnOrganisation() throws Exception {
		for (RequestPostProcessor own : List.of(AS_POSTER, AS_COLLEAGUE)) {
			MvcResult form = mvc.perform(get("/cooperation/{id}/interest", request).with(own))
				.andExpect(status().isForbidden())
				.andReturn();
			assertThat(Jsoup.parse(form.getResponse().getContentAsString()).select("main [role=alert]").text())
				.isEqualTo("This is a partner request of your own organisation: you cannot answer it.");
			mvc.perform(post("/cooperation/{id}/interest", request).with(own).with(csrf()).param("text", "Me!"))
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from conversation").query(Integer.class).single()).isZero();
	}

	@Test
	void aClosedOrUnpublishedRequestTakesNoAnswers() throws Exception {
		long past = request(organisation("china-ipr-helpdesk"), id(POSTER), "2020-01-01");
		long unpublished = request(organisation("china-ipr-helpdesk"), id(POSTER), "2099-01-01");
		jdbc.sql("update partner_request set status = 'UNPUBLISHED', status_reason = 'Spam' where id = ?")
			.param(unpublished)
			.update();
		for (long closed : List.of(past, unpublished)) {
			MvcResult answer = mvc
				.perform(post("/cooperation/{id}/interest", closed).with(AS_SENDER).with(csrf()).param("text", "Hi"))
				.andExpect(status().isConflict())
				.andReturn();
			assertThat(Jsoup.parse(answer.getResponse().getContentAsString()).select("main [role=alert]").text())
				.isEqualTo("This partner request is closed and takes no more answers.");
		}
		mvc.perform(get("/cooperation/{id}/interest", 999_999).with(AS_SENDER)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from conversation").query(Integer.class).single()).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndEditorsCannotAnswer() throws Exception {
		mvc.perform(get("/cooperation/{id}/interest", request)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/cooperation/{id}/interest", request).with(user("eda@example.eu").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMessageNeedsTextWithinTheLimitAndWithoutControlCharactersAndKeepsWhatWasTyped() throws Exception {
		assertThat(
				pages.html(post("/cooperation/{id}/interest", request).with(AS_SENDER).with(csrf()).param("text", " "))
					.select(".field__errors")
					.text())
			.isEqualTo("Please write a message.");
		Document tooLong = pages.html(post("/cooperation/{id}/interest", request).with(AS_SENDER)
			.with(csrf())
			.param("text", "x".repeat(4001)));
		assertThat(tooLong.select(".field__errors").text())
			.isEqualTo("Please keep your message to 4,000 characters or fewer.");
		assertThat(tooLong.select("textarea#text").text()).hasSize(4001);
		assertThat(pages.html(
				post("/cooperation/{id}/interest", request).with(AS_SENDER).with(csrf()).param("text", "Hi\u202Eevil"))
			.select(".field__errors")
			.text()).isEqualTo("Please remove the invisible control characters from the text.");
		mvc.perform(post("/cooperation/{id}/interest", request).with(AS_SENDER)
			.with(csrf())
			.param("organisation", String.valueOf(organisation("china-ipr-helpdesk")))
			.param("text", "For an organisation that is not mine")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from message").query(Integer.class).single()).isZero();
	}

	@Test
	void aDeletedOrDisabledMembersConversationsStayForTheOtherSideWithoutAReply() throws Exception {
		long conversation = expressInterest(request, "Hello.");
		jdbc.sql("update account set enabled = false where email = ?").param(SENDER).update();
		Document closed = pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER));
		assertThat(closed.select("main dd").first().text()).isEqualTo("Ben Braun, EU SME Centre (account closed)");
		assertThat(closed.select("form textarea")).isEmpty();
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_POSTER).with(csrf()).param("text", "Hi?"))
			.andExpect(status().isConflict());

		jdbc.sql("delete from account where email = ?").param(SENDER).update();
		Document deleted = pages.html(get("/account/inbox/{id}", conversation).with(AS_POSTER));
		assertThat(deleted.select("main dd").first().text()).isEqualTo("deleted member");
		assertThat(deleted.select(".message__text").eachText()).containsExactly("Hello.");
		assertThat(pages.html(get("/account/inbox").with(AS_POSTER)).select("tbody td").first().text())
			.isEqualTo("deleted member");
	}

	@Test
	void aMembersDataHoldsTheMessagesTheyWroteAndReceived() throws Exception {
		long conversation = expressInterest(request, "Hello from Ben.");
		mvc.perform(
				post("/account/inbox/{id}", conversation).with(AS_POSTER).with(csrf()).param("text", "Hello from Ada."))
			.andExpect(status().is3xxRedirection());
		String data = mvc.perform(get("/account/data").with(AS_SENDER)).andReturn().getResponse().getContentAsString();
		assertThat(data).contains("\"conversationMessages\"", "Hello from Ben.", "Hello from Ada.");
		assertThat(mvc.perform(get("/account/data").with(AS_THIRD)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Hello from");
	}

	private long expressInterest(long requestId, String text) throws Exception {
		String location = mvc
			.perform(post("/cooperation/{id}/interest", requestId).with(AS_SENDER)
				.with(csrf())
				.param("organisation", String.valueOf(senderOrganisation))
				.param("text", text))
			.andExpect(redirectedUrlPattern("/account/inbox/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private int mailCount() {
		return jdbc.sql("select count(*) from outbox_mail").query(Integer.class).single();
	}

	private long member(String email, String name, Language language) {
		Account account = new Account(email, name, "{noop}unused", Role.MEMBER);
		account.confirmEmail(Instant.now());
		account.setLanguage(language);
		return accounts.save(account).getId();
	}

	private long id(String email) {
		return accounts.findByEmail(email).orElseThrow().getId();
	}

	private long organisation(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(Long.class).single();
	}

	private void validate(long organisation, long account) {
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(organisation, account)
			.update();
	}

	private long request(long organisation, long poster, String deadline) {
		return jdbc.sql("""
				insert into partner_request (organisation_id, poster_id, direction, kind, title_en, description_en,
				                             title_zh, description_zh, deadline)
				values (?, ?, 'REQUEST', 'TECHNOLOGY_PARTNER', 'Sensor partner wanted', 'We seek sensors.',
				        '传感器合作伙伴', '我们寻找传感器。', cast(? as date)) returning id""")
			.params(organisation, poster, deadline)
			.query(Long.class)
			.single();
	}

}
