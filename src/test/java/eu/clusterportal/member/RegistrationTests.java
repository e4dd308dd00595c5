package eu.clusterportal.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalServerTest;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registering as a member on the real server: the confirmation mail read from the outbox,
 * its link and every way it can fail, the same answer for a taken address, the limits,
 * bad input, and the removal of registrations nobody confirmed. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class RegistrationTests {

	static final String PASSWORD = "velvet harbour quietly grows";

	static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*register/confirm\\?token=\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MovableClock clock;

	@Autowired
	RegistrationCleanup cleanup;

	Browser browser;

	@BeforeEach
	void openABrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMemberRegistersConfirmsTheAddressFromTheMailAndSignsIn() throws Exception {
		assertThat(register("Mei Member", "Mei@Example.eu")).isEqualTo("/register/sent");
		Account account = accounts.findByEmail("mei@example.eu").orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.MEMBER);
		assertThat(account.isEmailConfirmed()).isFalse();
		assertThat(account.getLanguage()).isEqualTo(Language.ENGLISH);
		assertThat(browser.get("/register/sent").body()).contains("Check your mail");

		assertThat(browser.signIn("mei@example.eu", PASSWORD)).isEqualTo("/login?unconfirmed");
		assertThat(new Browser(port).signIn("mei@example.eu", "a wrong password")).isEqualTo("/login?error");
		Document unconfirmed = Jsoup.parse(browser.get("/login?unconfirmed").body());
		assertThat(unconfirmed.select("[role=alert]").text()).startsWith("Please confirm your e-mail address first");
		assertThat(unconfirmed.select("[role=alert] a").attr("href")).isEqualTo("/register/resend");

		String link = confirmationLink("mei@example.eu");
		assertThat(mailText("mei@example.eu")).contains("Hello Mei Member,").contains("24 hours");
		assertThat(jdbc.sql("select token_hash from account_link").query(String.class).single())
			.as("only the token's SHA-256 is stored")
			.isEqualTo(HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(token(link).getBytes(StandardCharsets.US_ASCII))));
		HttpResponse<String> confirmation = browser.get(link);
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().isEmailConfirmed())
			.as("opening the link alone confirms nothing")
			.isFalse();
		assertThat(confirm(link)).isEqualTo("/register/confirmed");
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().isEmailConfirmed()).isTrue();

		assertThat(browser.signIn("mei@example.eu", PASSWORD)).isEqualTo("/account");
		HttpResponse<String> home = browser.get("/account");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Document page = Jsoup.parse(home.body());
		assertThat(page.select("main dd").eachText()).containsExactly("Mei Member", "mei@example.eu");
		assertThat(page.select("header a[href=/account]").text()).isEqualTo("Your account");
		assertThat(browser.get("/admin").statusCode()).isEqualTo(403);
		assertThat(browser.get("/admin/members").statusCode()).isEqualTo(403);
		assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
	}

	@Test
	void aRegistrationInChineseGetsItsMailsAndLinksInChinese() throws Exception {
		assertThat(register("/zh/register", "梅会员", "mei@example.eu", PASSWORD, true)).isEqualTo("/zh/register/sent");
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().getLanguage())
			.isEqualTo(Language.SIMPLIFIED_CHINESE);
		assertThat(jdbc.sql("select subject from outbox_mail where recipient = 'mei@example.eu'")
			.query(String.class)
			.single()).isEqualTo("请确认您的电子邮箱");
		String link = confirmationLink("mei@example.eu");
		assertThat(link).startsWith("/zh/register/confirm?token=");
		assertThat(mailText("mei@example.eu")).contains("梅会员，您好：");
		assertThat(confirm(link)).isEqualTo("/zh/register/confirmed");
	}

	@Test
	void aLinkWorksOnceThenSaysTheAddressIsConfirmed() throws Exception {
		register("Mei Member", "mei@example.eu");
		String link = confirmationLink("mei@example.eu");
		assertThat(confirm(link)).isEqualTo("/register/confirmed");

		HttpResponse<String> again = browser.get(link);
		assertThat(again.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(again.body());
		assertThat(page.select("main h1").text()).isEqualTo("Your address is already confirmed");
		assertThat(page.select("main a[href=/login]")).isNotEmpty();
		assertThat(browser.post("/register/resend", "/register/confirm", Map.of("token", token(link))).statusCode())
			.isEqualTo(409);
	}

	@Test
	void anExpiredLinkSaysSoAndANewLinkCanBeHad() throws Exception {
		register("Mei Member", "mei@example.eu");
		String expired = confirmationLink("mei@example.eu");
		clock.moveOn(Duration.ofHours(24).plusSeconds(1));

		HttpResponse<String> page = browser.get(expired);
		assertThat(page.statusCode()).isEqualTo(410);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("main h1").text()).isEqualTo("This link has expired");
		assertThat(document.select("main a[href=/register/resend]")).isNotEmpty();
		assertThat(browser.post("/register/resend", "/register/confirm", Map.of("token", token(expired))).statusCode())
			.isEqualTo(410);

		assertThat(resend("mei@example.eu")).isEqualTo("/register/sent");
		assertThat(resend("nobody@example.eu")).as("the same answer for an address with no account")
			.isEqualTo("/register/sent");
		List<String> links = confirmationLinks("mei@example.eu");
		assertThat(links).hasSize(2);
		assertThat(confirm(links.get(1))).isEqualTo("/register/confirmed");
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().isEmailConfirmed()).isTrue();
		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = 'nobody@example.eu'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aTamperedOrUnknownLinkIsNotValid() throws Exception {
		register("Mei Member", "mei@example.eu");
		String link = confirmationLink("mei@example.eu");
		String token = token(link);
		String tampered = token.substring(0, 10) + ((token.charAt(10) == 'A') ? 'B' : 'A') + token.substring(11);

		for (String path : List.of("/register/confirm?token=" + tampered, "/register/confirm?token=",
				"/register/confirm", "/register/confirm?token=%00", "/register/confirm?token=" + "x".repeat(5000))) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(page.body()).select("main h1").text()).as(path).isEqualTo("This link is not valid");
		}
		assertThat(browser.post(link, "/register/confirm", Map.of("token", tampered)).statusCode()).isEqualTo(404);
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().isEmailConfirmed()).isFalse();
	}

	@Test
	void aTakenAddressGetsTheSameAnswerAndItsOwnerAMail() throws Exception {
		accounts.save(new Account("eda@example.eu", "Eda Editor", passwordEncoder.encode(PASSWORD), Role.EDITOR));

		assertThat(register("Someone Else", "EDA@example.eu")).isEqualTo("/register/sent");
		assertThat(register("New Person", "new@example.eu")).isEqualTo("/register/sent");

		Account owner = accounts.findByEmail("eda@example.eu").orElseThrow();
		assertThat(owner.getDisplayName()).isEqualTo("Eda Editor");
		assertThat(owner.getRole()).isEqualTo(Role.EDITOR);
		assertThat(passwordEncoder.matches(PASSWORD, owner.getPassword())).isTrue();
		assertThat(
				jdbc.sql("select kind from outbox_mail where recipient = 'eda@example.eu'").query(String.class).list())
			.containsExactly(Registrations.ADDRESS_TAKEN_MAIL);
		assertThat(mailText("eda@example.eu")).contains("Hello Eda Editor,")
			.contains("tried to register")
			.doesNotContain("register/confirm");
	}

	@Test
	void registeringAgainBeforeConfirmingSendsANewLink() throws Exception {
		register("Mei Member", "mei@example.eu");
		assertThat(register("Mei Again", "mei@example.eu")).isEqualTo("/register/sent");
		assertThat(confirmationLinks("mei@example.eu")).hasSize(2);
		assertThat(accounts.findByEmail("mei@example.eu").orElseThrow().getDisplayName()).isEqualTo("Mei Member");
	}

	@Test
	void registrationsArePerAddressLimitedAndTheFormIsKept() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(register("Mei Member", "mei@example.eu")).isEqualTo("/register/sent");
		}
		HttpResponse<String> refused = browser.post("/register", "/register",
				Map.of("name", "Mei Member", "email", "mei@example.eu", "password", PASSWORD, "consent", "true"));
		assertThat(refused.statusCode()).isEqualTo(429);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("main [role=alert]").text()).startsWith("Too many registrations");
		assertThat(page.select("input[name=name]").val()).isEqualTo("Mei Member");
		assertThat(page.select("input[name=email]").val()).isEqualTo("mei@example.eu");
		assertThat(resend("mei@example.eu")).as("a new link counts too").isNull();

		clock.moveOn(Duration.ofHours(1));
		assertThat(register("Mei Member", "mei@example.eu")).isEqualTo("/register/sent");
	}

	@Test
	void registrationsArePerNetworkLimited() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(register("Member " + i, "member" + i + "@example.eu")).isEqualTo("/register/sent");
		}
		assertThat(register("One Too Many", "member20@example.eu")).isNull();
		assertThat(accounts.findByEmail("member20@example.eu")).isEmpty();
	}

	@Test
	void theNetworkOfAnAddressIsItsSlash24OrSlash64() {
		assertThat(RegistrationThrottle.network("192.0.2.17")).isEqualTo(RegistrationThrottle.network("192.0.2.250"))
			.isNotEqualTo(RegistrationThrottle.network("192.0.3.17"));
		assertThat(RegistrationThrottle.network("2001:db8:1:2::1"))
			.isEqualTo(RegistrationThrottle.network("2001:db8:1:2:ffff::9"))
			.isNotEqualTo(RegistrationThrottle.network("2001:db8:1:3::1"));
	}

	@Test
	void aNameWithInvisibleCharactersIsRefused() throws Exception {
		for (String name : List.of("Mei\u200bMember", "Mei\u200eMember", "\ufeffMei Member")) {
			Document page = Jsoup.parse(browser
				.post("/register", "/register",
						Map.of("name", name, "email", "mei@example.cn", "password", "password1234", "consent", "true"))
				.body());
			assertThat(page.select("#name-errors").text()).as(name)
				.isEqualTo("The name cannot contain line breaks or other control characters.");
		}
		assertThat(accounts.findByEmail("mei@example.cn")).isEmpty();
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndNothingIsLost() throws Exception {
		Document page = Jsoup.parse(browser
			.post("/register", "/register",
					Map.of("name", "Mei\u0000Member", "email", "not an address", "password", "short", "consent", ""))
			.body());
		assertThat(page.select("#name-errors").text())
			.isEqualTo("The name cannot contain line breaks or other control characters.");
		assertThat(page.select("#email-errors").text()).startsWith("Please enter a valid e-mail address");
		assertThat(page.select("#password-errors").text()).isEqualTo("The password needs 12 to 128 characters.");
		assertThat(page.select("#consent-errors").text())
			.isEqualTo("Please confirm that you have read the privacy notice.");
		assertThat(page.select("input[name=email]").val()).isEqualTo("not an address");
		assertThat(page.select("input[name=name]").val()).as("shown as a browser reads it")
			.isEqualTo("Mei\uFFFDMember");

		Document tooLong = Jsoup.parse(
				browser
					.post("/register", "/register", Map.of("name", "M".repeat(121), "email",
							"a".repeat(250) + "@example.eu", "password", "password1234", "consent", "true"))
					.body());
		assertThat(tooLong.select("#name-errors").text()).isEqualTo("The name can have at most 120 characters.");
		assertThat(tooLong.select("#email-errors").text()).startsWith("Please enter a valid e-mail address");
		assertThat(tooLong.select("#password-errors").text()).startsWith("This password is too easy to guess.");
		assertThat(jdbc.sql("select count(*) from account where role = 'MEMBER'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void markupInTheNameIsKeptAsTextAndShownEscaped() throws Exception {
		register("<script>alert(1)</script> & Co", "mei@example.eu");
		confirm(confirmationLink("mei@example.eu"));
		assertThat(browser.signIn("mei@example.eu", PASSWORD)).isEqualTo("/account");

		String html = browser.get("/account").body();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
		assertThat(Jsoup.parse(html).select("main script")).isEmpty();
		assertThat(jdbc.sql("select html_body from outbox_mail where recipient = 'mei@example.eu'")
			.query(String.class)
			.single()).contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void unconfirmedRegistrationsAreDeletedAfterSevenDays() throws Exception {
		register("Mei Member", "mei@example.eu");
		register("Conny Confirmed", "conny@example.eu");
		confirm(confirmationLink("conny@example.eu"));

		clock.moveOn(Duration.ofDays(7).minusMinutes(1));
		cleanup.removeExpired();
		assertThat(accounts.findByEmail("mei@example.eu")).isPresent();

		clock.moveOn(Duration.ofMinutes(2));
		assertThat(cleanup.removeExpired()).isOne();
		assertThat(accounts.findByEmail("mei@example.eu")).isEmpty();
		assertThat(accounts.findByEmail("conny@example.eu")).isPresent();
		assertThat(jdbc.sql("select count(*) from registration_throttle").query(Integer.class).single()).isZero();
	}

	@Test
	void theSignInPageLeadsToRegistrationAndThePrivacyNoticeSaysWhatIsKeptAboutMembers() throws Exception {
		assertThat(Jsoup.parse(browser.get("/login").body()).select("main a[href=/register]").text())
			.isEqualTo("No account yet? Register as a member");
		Document privacy = Jsoup.parse(browser.get("/privacy").body());
		assertThat(privacy.select("#members-heading").text()).isEqualTo("Members\u2019 accounts");
		assertThat(privacy.select("section[aria-labelledby=members-heading]").text()).contains(
				"a hash of your password", "not confirmed within 7 days is deleted", "deleted member",
				"download everything");
	}

	private String register(String name, String email) throws Exception {
		return register("/register", name, email, PASSWORD, true);
	}

	private String register(String form, String name, String email, String password, boolean consent) throws Exception {
		return Browser.location(browser.post(form, form,
				Map.of("name", name, "email", email, "password", password, "consent", String.valueOf(consent))));
	}

	private String resend(String email) throws Exception {
		return Browser.location(browser.post("/register/resend", "/register/resend", Map.of("email", email)));
	}

	private String confirm(String link) throws Exception {
		String action = link.startsWith("/zh/") ? "/zh/register/confirm" : "/register/confirm";
		return Browser.location(browser.post(link, action, Map.of("token", token(link))));
	}

	private String mailText(String recipient) {
		return jdbc.sql("select text_body from outbox_mail where recipient = ? order by id desc limit 1")
			.param(recipient)
			.query(String.class)
			.single();
	}

	private String confirmationLink(String recipient) {
		return confirmationLinks(recipient).get(0);
	}

	/** The paths of the confirmation links mailed to the address, oldest first. */
	private List<String> confirmationLinks(String recipient) {
		return jdbc.sql("select text_body from outbox_mail where recipient = ? and kind = ? order by id")
			.param(recipient)
			.param(Registrations.CONFIRMATION_MAIL)
			.query(String.class)
			.list()
			.stream()
			.map((text) -> {
				Matcher link = LINK.matcher(text);
				assertThat(link.find()).as("a link in " + text).isTrue();
				return link.group(1);
			})
			.toList();
	}

	private static String token(String link) {
		return URI.create(link).getQuery().substring("token=".length());
	}

}
