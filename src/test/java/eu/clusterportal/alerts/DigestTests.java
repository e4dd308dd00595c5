package eu.clusterportal.alerts;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.OutboxDelivery;
import eu.clusterportal.mail.OutboxProperties;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import static eu.clusterportal.WebPages.csrf;
import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Digests on a real SMTP server (GreenMail in the JVM): what a member following China
 * gets after the period ends, once even with two runners, nothing when nothing is new,
 * and the one-click unsubscribe of RFC 8058 that the mail carries. The job and the sender
 * commit, so the tables are restored after each test.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class DigestTests {

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	DigestJob job;

	@Autowired
	FollowRepository follows;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxProperties outboxProperties;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MovableClock clock;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	Account member;

	@BeforeEach
	void aMemberWhoFollowsChinaDaily() {
		// the demo content was loaded when the test database was made: make it old
		for (String table : List.of("news_item", "event", "document", "partner_request")) {
			jdbc.sql("update " + table + " set created_at = created_at - interval '30 days'").update();
		}
		for (String table : List.of("news_item", "event", "document")) {
			jdbc.sql("update " + table + " set published_at = published_at - interval '30 days'").update();
		}
		Account account = new Account("mei@example.cn", "Mei Lin", "{noop}unused", Role.MEMBER);
		account.confirmEmail(Instant.now());
		member = accounts.save(account);
		follows.follow(member.getId(), FollowKind.COUNTRY, id("select id from country where slug = 'china'"), 100);
		follows.setFrequency(member.getId(), DigestFrequency.DAILY);
	}

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void theDigestListsANewRequestAndNewsForAFollowedCountryAndNothingUnrelated() throws Exception {
		newRequestFor("china", "Battery supplier wanted in Ningbo");
		newRequestFor("japan", "Machine tools partner in Osaka");
		newNews("china", "Shenzhen opens a robotics park");
		newNews("japan", "Tokyo cluster week");

		MimeMessage digest = theNextDigest();

		String text = text(digest);
		assertThat(digest.getSubject()).isEqualTo("What is new in what you follow");
		assertThat(text).contains("Battery supplier wanted in Ningbo")
			.contains("Shenzhen opens a robotics park")
			.doesNotContain("Machine tools partner in Osaka")
			.doesNotContain("Tokyo cluster week");
	}

	@Test
	void theDigestListsNewRequestsThatFitTheMembersOrganisation() throws Exception {
		long organisation = id("""
				select o.id from organisation o join country c on c.id = o.country_id
				where c.slug = 'china' and o.slug <> 'eu-sme-centre' and o.status = 'PUBLISHED'
				  and exists (select 1 from organisation_sector s where s.organisation_id = o.id)
				order by o.id limit 1""");
		jdbc.sql(
				"insert into organisation_member (organisation_id, account_id, kind, status) values (?, ?, 'CLAIM', 'VALIDATED')")
			.params(organisation, member.getId())
			.update();
		long fitting = newRequestFor("china", "Partner for a shared pilot line");
		jdbc.sql("""
				insert into partner_request_sector (partner_request_id, sector_id)
				select ?, min(sector_id) from organisation_sector where organisation_id = ?""")
			.params(fitting, organisation)
			.update();
		newRequestFor("china", "Call with nothing in common");

		String text = text(theNextDigest());

		assertThat(text).contains("New partner requests that fit your organisations");
		String section = text.substring(text.indexOf("New partner requests that fit your organisations"));
		assertThat(section).as("the section of requests that fit")
			.contains("Partner for a shared pilot line")
			.doesNotContain("Call with nothing in common");
	}

	@Test
	void newsDraftedBeforeThePeriodAndPublishedInItIsNew() throws Exception {
		mvc.perform(newsForm(post("/admin/news"), "Harbin hosts an ice technology fair", "DRAFT"))
			.andExpect(status().is3xxRedirection());
		long draft = id("select id from news_item where title = 'Harbin hosts an ice technology fair'");
		jdbc.sql("update news_item set created_at = created_at - interval '30 days' where id = ?")
			.param(draft)
			.update();
		long version = id("select version from news_item where id = " + draft);
		mvc.perform(newsForm(post("/admin/news/{id}/edit", draft), "Harbin hosts an ice technology fair", "PUBLISHED")
			.param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());

		assertThat(text(theNextDigest())).contains("Harbin hosts an ice technology fair");
	}

	@Test
	void newsWithdrawnAndPublishedAgainIsNotNewAgain() throws Exception {
		String title = "Shenzhen opens a robotics park";
		newNews("china", title);
		long news = id("select id from news_item where title = '" + title + "'");
		jdbc.sql(
				"update news_item set created_at = created_at - interval '30 days', published_at = created_at - interval '30 days' where id = ?")
			.param(news)
			.update();
		for (String status : List.of("DRAFT", "PUBLISHED")) {
			long version = id("select version from news_item where id = " + news);
			mvc.perform(newsForm(post("/admin/news/{id}/edit", news), title, status).param("version",
					String.valueOf(version)))
				.andExpect(status().is3xxRedirection());
		}

		runTheJobAfterThePeriod();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();

		assertThat(smtpServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void aPeriodWithNothingNewSendsNoMail() throws Exception {
		newNews("japan", "Tokyo cluster week");

		runTheJobAfterThePeriod();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();

		assertThat(smtpServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void twoRunnersAtOnceSendOneDigest() throws Exception {
		newNews("china", "Shenzhen opens a robotics park");
		clock.moveOn(Duration.ofDays(1));

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> runners = List.of(1, 2)
			.stream()
			.map((runner) -> CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				job.sendDigests();
			}))
			.toList();
		start.countDown();
		CompletableFuture.allOf(runners.toArray(CompletableFuture[]::new)).get();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();

		assertThat(smtpServer.getReceivedMessages()).hasSize(1);
	}

	@Test
	void theMailCarriesAOneClickUnsubscribeThatStopsTheNextDigests() throws Exception {
		newNews("china", "Shenzhen opens a robotics park");
		MimeMessage digest = theNextDigest();

		String unsubscribe = digest.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).startsWith("<http://localhost:8080/unsubscribe?token=").endsWith(">");
		assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(text(digest)).contains(unsubscribe.substring(1, unsubscribe.length() - 1));

		// opening the link only asks
		HttpResponse<String> opened = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(local(unsubscribe.substring(1, unsubscribe.length() - 1))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("<button type=\"submit\">Unsubscribe</button>");
		assertThat(follows.frequency(member.getId())).isEqualTo(DigestFrequency.DAILY);

		// what a mail program sends: no session, no CSRF token
		HttpResponse<String> answer = oneClick(unsubscribe.substring(1, unsubscribe.length() - 1));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(follows.frequency(member.getId())).isEqualTo(DigestFrequency.NONE);
		assertThat(oneClick(unsubscribe.substring(1, unsubscribe.length() - 1)).statusCode()).isEqualTo(200);

		newNews("china", "Tianjin hosts a matchmaking day");
		runTheJobAfterThePeriod();
		assertThat(smtpServer.getReceivedMessages()).hasSize(1);
		assertThat(follows.findAll(member.getId(), Language.ENGLISH)).hasSize(1);
	}

	@Test
	void aTamperedTokenChangesNothing() throws Exception {
		newNews("china", "Shenzhen opens a robotics park");
		String unsubscribe = theNextDigest().getHeader("List-Unsubscribe", null);
		String url = unsubscribe.substring(1, unsubscribe.length() - 1);
		String tampered = url.substring(0, url.length() - 1) + (url.endsWith("A") ? "B" : "A");

		assertThat(oneClick(tampered).statusCode()).isEqualTo(404);
		assertThat(oneClick(url.replace("token=" + member.getId(), "token=" + (member.getId() + 1))).statusCode())
			.isEqualTo(404);

		assertThat(follows.frequency(member.getId())).isEqualTo(DigestFrequency.DAILY);
	}

	@Test
	void aDigestTheServerCouldNotTakeIsSentLater() throws Exception {
		newNews("china", "Shenzhen opens a robotics park");
		runTheJobAfterThePeriod();
		delivery(portNobodyListensOn()).deliverDue();
		assertThat(smtpServer.getReceivedMessages()).isEmpty();

		clock.moveOn(Duration.ofMinutes(2));
		job.sendDigests();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();

		assertThat(smtpServer.getReceivedMessages()).hasSize(1);
		assertThat(text(smtpServer.getReceivedMessages()[0])).contains("Shenzhen opens a robotics park");
	}

	@Test
	void aDigestThatFailsStopsNoOtherMembersAndIsSentAtTheNextRun() throws Exception {
		Account li = new Account("li@example.cn", "Li Wei", "{noop}unused", Role.MEMBER);
		li.confirmEmail(Instant.now());
		li = accounts.save(li);
		follows.follow(li.getId(), FollowKind.COUNTRY, id("select id from country where slug = 'china'"), 100);
		follows.setFrequency(li.getId(), DigestFrequency.DAILY);
		newNews("china", "Shenzhen opens a robotics park");

		// the outbox refuses Mei's digest; the job comes to her first, as she joined
		// first
		jdbc.sql("alter table outbox_mail add constraint refuses_mei check (recipient <> 'mei@example.cn') not valid")
			.update();
		try {
			runTheJobAfterThePeriod();
		}
		finally {
			jdbc.sql("alter table outbox_mail drop constraint refuses_mei").update();
		}
		delivery(smtpServer.getSmtp().getPort()).deliverDue();
		assertThat(recipients()).containsExactly("li@example.cn");

		clock.moveOn(Duration.ofMinutes(2));
		job.sendDigests();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();

		assertThat(recipients()).containsExactly("li@example.cn", "mei@example.cn");
		assertThat(text(smtpServer.getReceivedMessages()[1])).contains("Shenzhen opens a robotics park");
	}

	private MimeMessage theNextDigest() throws Exception {
		runTheJobAfterThePeriod();
		delivery(smtpServer.getSmtp().getPort()).deliverDue();
		MimeMessage[] received = smtpServer.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private List<String> recipients() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage mail : smtpServer.getReceivedMessages()) {
			recipients.add(mail.getAllRecipients()[0].toString());
		}
		return recipients;
	}

	private static String text(MimeMessage mail) throws Exception {
		return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
	}

	private void runTheJobAfterThePeriod() {
		clock.moveOn(Duration.ofDays(1));
		job.sendDigests();
	}

	private HttpResponse<String> oneClick(String url) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(local(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The address on the test's server. */
	private URI local(String url) {
		URI address = URI.create(url);
		return URI.create("http://localhost:" + port + address.getRawPath() + "?" + address.getRawQuery());
	}

	private OutboxDelivery delivery(int smtpPort) {
		return new OutboxDelivery(smtpPort, outboxProperties, jdbc, transactions, clock);
	}

	private long newRequestFor(String country, String title) {
		long request = jdbc
			.sql("""
					insert into partner_request (organisation_id, direction, kind, title_en, description_en, deadline)
					values ((select id from organisation where slug = 'eu-sme-centre'), 'REQUEST', 'SUPPLIER', ?, 'Details.', ?)
					returning id""")
			.params(title, LocalDate.now().plusMonths(2))
			.query(Long.class)
			.single();
		jdbc.sql("insert into partner_request_country (partner_request_id, country_id) values (?, ?)")
			.params(request, id("select id from country where slug = '" + country + "'"))
			.update();
		return request;
	}

	private static MockHttpServletRequestBuilder newsForm(MockHttpServletRequestBuilder form, String title,
			String status) {
		return form.with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("channel", "COUNTRY")
			.param("title", title)
			.param("publishedOn", LocalDate.now().toString())
			.param("status", status);
	}

	private void newNews(String country, String title) {
		jdbc.sql("""
				insert into news_item (country_id, channel, title, published_on)
				values ((select id from country where slug = ?), 'COUNTRY', ?, current_date)""")
			.params(country, title)
			.update();
	}

	private long id(String query) {
		return jdbc.sql(query).query(Long.class).single();
	}

	private static int portNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
