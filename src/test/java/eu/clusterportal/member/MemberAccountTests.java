package eu.clusterportal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's own account on the real server: the language of their mails, their data, the
 * deletion of the account, and editors disabling members. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class MemberAccountTests {

	static final String PASSWORD = "velvet harbour quietly grows";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	Account member;

	Browser browser;

	@BeforeEach
	void addAndSignInAMember() throws Exception {
		Account account = new Account("mei@example.eu", "Mei Member", passwordEncoder.encode(PASSWORD), Role.MEMBER);
		account.confirmEmail(Instant.now());
		member = accounts.save(account);
		accounts.save(new Account("eda@example.eu", "Eda Editor", passwordEncoder.encode(PASSWORD), Role.EDITOR));
		browser = new Browser(port);
		assertThat(browser.signIn("mei@example.eu", PASSWORD)).isEqualTo("/account");
	}

	@Test
	void aMemberChangesTheLanguageOfTheirMails() throws Exception {
		assertThat(Browser.location(browser.post("/account", "/account/language", Map.of("language", "zh-Hans"))))
			.isEqualTo("/account");
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().getLanguage())
			.isEqualTo(Language.SIMPLIFIED_CHINESE);
		Document page = Jsoup.parse(browser.get("/account").body());
		assertThat(page.select("[role=status]").text()).isEqualTo("The language of your mails has been changed.");
		assertThat(page.select("#language option[selected]").val()).isEqualTo("zh-Hans");
		assertThat(browser.post("/account", "/account/language", Map.of("language", "fr")).statusCode()).isEqualTo(400);
	}

	@Test
	void theDataDownloadHoldsWhatThePortalKnowsAboutTheMemberAndNoPasswordHash() throws Exception {
		long organisation = jdbc.sql("select id from organisation where slug = 'eu-sme-centre'")
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into organisation_member (organisation_id, account_id, status, request_note) values (?, ?, 'PENDING', 'I run it')")
			.params(organisation, member.getId())
			.update();
		jdbc.sql("update organisation set updated_by = 'mei@example.eu' where id = ?").param(organisation).update();
		jdbc.sql(
				"insert into organisation_member_change (organisation_id, account_id, changed_at) values (?, ?, now())")
			.params(organisation, member.getId())
			.update();
		jdbc.sql("""
				insert into outbox_mail (kind, recipient, language, subject, text_body, html_body)
				values ('member-confirmation', 'mei@example.eu', 'en', 'Confirm your e-mail address', 't', 'h')""")
			.update();

		jdbc.sql(
				"""
						insert into partner_request (organisation_id, poster_id, direction, kind, title_en, description_en, deadline)
						values (?, ?, 'REQUEST', 'SUPPLIER', 'Battery supplier wanted', 'Details.', current_date + 30)""")
			.params(organisation, member.getId())
			.update();
		jdbc.sql("insert into follow (account_id, country_id) select ?, id from country where slug = 'china'")
			.param(member.getId())
			.update();

		HttpResponse<String> download = browser.get("/account/data");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
			.isEqualTo("attachment; filename=\"cluster-portal-data-" + LocalDate.now() + ".json\"");
		JsonNode data = JsonMapper.builder().build().readTree(download.body());
		assertThat(data.at("/account/name").asString()).isEqualTo("Mei Member");
		assertThat(data.at("/account/email").asString()).isEqualTo("mei@example.eu");
		assertThat(data.at("/account/language").asString()).isEqualTo("en");
		assertThat(data.at("/memberships/0/name").asString()).isEqualTo("EU SME Centre");
		assertThat(data.at("/memberships/0/status").asString()).isEqualTo("PENDING");
		assertThat(data.at("/memberships/0/requestNote").asString()).isEqualTo("I run it");
		assertThat(data.at("/organisationsCreatedOrLastChanged/0/slug").asString()).isEqualTo("eu-sme-centre");
		assertThat(data.at("/organisationsCreatedOrLastChanged/0/lastChanged").asBoolean()).isTrue();
		assertThat(data.at("/mails/0/subject").asString()).isEqualTo("Confirm your e-mail address");
		assertThat(data.at("/changesNotYetSeenByEditors/0/slug").asString()).isEqualTo("eu-sme-centre");
		assertThat(data.at("/partnerRequests/0/titleEn").asString()).isEqualTo("Battery supplier wanted");
		assertThat(data.at("/partnerRequests/0/organisation").asString()).isEqualTo("EU SME Centre");
		assertThat(data.at("/follows/0/followed").asString()).isEqualTo("China");
		String stamp = jdbc.sql("select security_stamp::text from account where id = ?")
			.param(member.getId())
			.query(String.class)
			.single();
		assertThat(download.body()).doesNotContain("{bcrypt}", "{noop}", "password", "$2a$", stamp)
			.doesNotContain(accounts.findByEmail("mei@example.eu").orElseThrow().getPassword());
	}

	@Test
	void theDataDownloadAndDeletionAreForMembersOnly() throws Exception {
		Browser editor = new Browser(port);
		assertThat(editor.signIn("eda@example.eu", PASSWORD)).isEqualTo("/admin");
		assertThat(editor.get("/account").statusCode()).isEqualTo(200);
		assertThat(editor.get("/account/data").statusCode()).isEqualTo(403);
		assertThat(editor.get("/account/delete").statusCode()).isEqualTo(403);
		assertThat(Browser.location(new Browser(port).get("/account/data"))).isEqualTo("/login");
	}

	@Test
	void aMemberDeletesTheirAccountWithTheirPasswordAndIsSignedOutEverywhere() throws Exception {
		long organisation = jdbc.sql("select id from organisation where slug = 'eu-sme-centre'")
			.query(Long.class)
			.single();
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(organisation, member.getId())
			.update();
		jdbc.sql("update organisation set created_by = 'mei@example.eu', updated_by = 'mei@example.eu' where id = ?")
			.param(organisation)
			.update();
		long revision = jdbc.sql("insert into revision (timestamp, author) values (0, 'mei@example.eu') returning id")
			.query(Long.class)
			.single();
		Browser otherDevice = new Browser(port);
		assertThat(otherDevice.signIn("mei@example.eu", PASSWORD)).isEqualTo("/account");

		Document wrong = Jsoup
			.parse(browser.post("/account/delete", "/account/delete", Map.of("password", "not my password")).body());
		assertThat(wrong.select("#password-errors").text())
			.isEqualTo("This is not your password. Your account has not been deleted.");
		assertThat(accounts.findByEmail("mei@example.eu")).isPresent();

		assertThat(Browser.location(browser.post("/account/delete", "/account/delete", Map.of("password", PASSWORD))))
			.isEqualTo("/register/deleted");

		assertThat(accounts.findByEmail("mei@example.eu")).isEmpty();
		assertThat(Browser.location(browser.get("/account"))).isEqualTo("/login");
		assertThat(Browser.location(otherDevice.get("/account"))).isEqualTo("/login");
		assertThat(new Browser(port).signIn("mei@example.eu", PASSWORD)).isEqualTo("/login?error");
		assertThat(jdbc.sql("select count(*) from organisation_member where account_id = ?")
			.param(member.getId())
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select created_by || ' / ' || updated_by from organisation where id = ?")
			.param(organisation)
			.query(String.class)
			.single()).isEqualTo("deleted member / deleted member");
		assertThat(jdbc.sql("select author from revision where id = ?").param(revision).query(String.class).single())
			.isEqualTo("deleted member");
		assertThat(
				jdbc.sql("select kind from outbox_mail where recipient = 'mei@example.eu'").query(String.class).list())
			.containsExactly(AccountDeletion.MAIL);
		assertThat(Jsoup.parse(browser.get("/register/deleted").body()).select("main h1").text())
			.isEqualTo("Your account has been deleted");
	}

	@Test
	void editorsListMembersAndADisabledMemberIsSignedOutAndCannotSignIn() throws Exception {
		Account waiting = new Account("wang@example.eu", "Wang Waiting", passwordEncoder.encode(PASSWORD), Role.MEMBER);
		accounts.save(waiting);
		Browser editor = new Browser(port);
		assertThat(editor.signIn("eda@example.eu", PASSWORD)).isEqualTo("/admin");
		assertThat(Jsoup.parse(editor.get("/admin").body()).select("main a[href=/admin/members]").text())
			.isEqualTo("Members");

		Document list = Jsoup.parse(editor.get("/admin/members").body());
		assertThat(list.select("tbody tr").eachAttr("data-email")).containsExactly("wang@example.eu", "mei@example.eu");
		assertThat(list.select("tr[data-email=wang@example.eu] td").eachText()).contains("Address not confirmed");
		assertThat(list.select("tr[data-email=mei@example.eu] td").eachText()).contains("Address confirmed", "0");
		assertThat(Jsoup.parse(editor.get("/admin/members?q=MEI").body()).select("tbody tr").eachAttr("data-email"))
			.containsExactly("mei@example.eu");
		assertThat(Jsoup.parse(editor.get("/admin/members?q=Waiting").body()).select("tbody tr").eachAttr("data-email"))
			.containsExactly("wang@example.eu");

		assertThat(Browser.location(editor.post("/admin/members", "/admin/members/" + member.getId() + "/enabled",
				Map.of("enabled", "false"))))
			.isEqualTo("/admin/members");
		assertThat(Browser.location(browser.get("/account"))).isEqualTo("/login");
		assertThat(new Browser(port).signIn("mei@example.eu", PASSWORD)).isEqualTo("/login?error");

		editor.post("/admin/members", "/admin/members/" + member.getId() + "/enabled", Map.of("enabled", "true"));
		assertThat(new Browser(port).signIn("mei@example.eu", PASSWORD)).isEqualTo("/account");

		long editorId = accounts.findByEmail("eda@example.eu").orElseThrow().getId();
		assertThat(editor.post("/admin/members", "/admin/members/" + editorId + "/enabled", Map.of("enabled", "false"))
			.statusCode()).as("editors are not members").isEqualTo(404);
	}

}
