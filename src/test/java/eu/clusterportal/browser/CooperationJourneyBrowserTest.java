package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.alerts.Digests;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Where a cooperation starts, with two members in a real browser and the mails delivered
 * by the portal's sender to an SMTP server in the JVM: member A publishes a request for a
 * technology partner in China; member B, of a Chinese research institute and reading the
 * Chinese pages, finds it among the requests that fit and expresses interest; A reads it
 * in the inbox and in the mail and replies; B follows China, gets the next digest with a
 * new news item and a new request, and unsubscribes with one click.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class CooperationJourneyBrowserTest extends JourneyBrowserTest {

	private static final String A = "otto.brandt@example.eu";

	private static final String B = "mei.lin@example.cn";

	private static final String PASSWORD = "seven quiet lanterns drift over Lake Tai";

	private static final String TITLE = "Technology partner for battery recycling in China";

	private static final String INTEREST = "我们研究所在电池材料回收方面有十年经验，希望与贵方合作。";

	private static final String REPLY = "Thank you, let us talk next week.";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MovableClock movableClock;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void twoMembersOfTwoOrganisations() {
		// what the demo content published is older than the digest period
		for (String table : List.of("news_item", "event", "document")) {
			jdbc.sql("update " + table + " set created_at = created_at - interval '30 days'").update();
		}
		member(A, "Otto Brandt", "en", "eu-sme-centre");
		member(B, "Mei Lin", "zh-Hans", "institute-of-computing-technology-cas");
	}

	@AfterEach
	void putTheClockBack() {
		movableClock.reset();
	}

	@Test
	void aRequestFindsItsPartnerWhoFollowsChinaAndUnsubscribes() throws Exception {
		long request = memberAPublishesARequestForATechnologyPartnerInChina();
		memberBFindsItAmongTheirMatchesAndExpressesInterest(request);
		memberAReadsItInTheInboxAndTheMailAndReplies();
		memberBFollowsChinaAndTheNextDigestListsWhatIsNew();
		memberBUnsubscribesWithOneClick();
	}

	/** Publishes the request and gives its id, read from the address of its page. */
	private long memberAPublishesARequestForATechnologyPartnerInChina() {
		signIn("", A, PASSWORD);
		follow("Your partner requests");
		follow("Publish a partner request");
		assertAccessible();
		tick("direction", "request");
		new Select(browser.findElement(By.id("kind"))).selectByValue("technology-partner");
		browser.findElement(By.id("titleEn")).sendKeys(TITLE);
		browser.findElement(By.id("descriptionEn"))
			.sendKeys("We look for a research partner to scale up the recycling of lithium-ion batteries.");
		setDate("deadline", LocalDate.now(clock).plusMonths(3));
		tick("targetCountries", "china");
		tick("sectors", "J");
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(heading()).as("the page after publishing: %s", main()).isEqualTo(TITLE);
		assertThat(notice()).isEqualTo("Your partner request is published.");
		assertAccessible();
		long id = Long.parseLong(URI.create(browser.getCurrentUrl()).getPath().replace("/cooperation/", ""));
		signOut();
		return id;
	}

	private void memberBFindsItAmongTheirMatchesAndExpressesInterest(long request) {
		signIn("/zh", B, PASSWORD);
		assertThat(heading()).isEqualTo("我的账号");
		follow("与您的机构相匹配的合作需求");
		assertAccessible();
		WebElement match = browser.findElement(By.cssSelector("main a[href='/zh/cooperation/" + request + "']"));
		assertThat(match.getText()).isEqualTo(TITLE);
		assertThat(match.findElements(By.cssSelector("[lang=en]"))).as("an English title on a Chinese page, marked")
			.isNotEmpty();
		clickAndWait(match);
		assertAccessible();
		clickAndWait(browser.findElement(By.cssSelector("main a[href='/zh/cooperation/" + request + "/interest']")));
		assertAccessible();
		browser.findElement(By.id("text")).sendKeys(INTEREST);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(notice()).isEqualTo("您的消息已发送。");
		assertThat(browser.getPageSource()).as("nobody's address is shown").doesNotContain(A).doesNotContain(B);
		signOut();
	}

	private void memberAReadsItInTheInboxAndTheMailAndReplies() throws Exception {
		MimeMessage mail = received(A).stream()
			.filter((message) -> subject(message).equals("A member is interested in your partner request"))
			.findFirst()
			.orElseThrow();
		assertThat(text(mail)).contains(INTEREST).contains("Mei Lin").doesNotContain(B);

		signIn("", A, PASSWORD);
		follow("Inbox");
		assertAccessible();
		clickAndWait(browser.findElement(By.xpath("//main//tr[contains(@class, 'unread')]//a")));
		assertThat(browser.findElement(By.cssSelector("main .messages")).getText()).contains(INTEREST);
		assertAccessible();
		browser.findElement(By.id("text")).sendKeys(REPLY);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("main .messages")).getText()).contains(REPLY);
		signOut();
		assertThat(received(B)).extracting(CooperationJourneyBrowserTest::subject).contains("关于合作需求的新消息");
	}

	private void memberBFollowsChinaAndTheNextDigestListsWhatIsNew() throws Exception {
		signIn("/zh", B, PASSWORD);
		open("/zh/countries/china", 200);
		clickAndWait(browser.findElement(By.cssSelector("main a[href='/zh/account/follows/new?country=china']")));
		assertAccessible();
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("中国");
		signOut();

		jdbc.sql(
				"""
						insert into news_item (country_id, channel, title, published_on)
						values ((select id from country where slug = 'china'), 'COUNTRY', 'Suzhou opens a battery recycling park', current_date)""")
			.update();
		signIn("", A, PASSWORD);
		follow("Your partner requests");
		follow("Publish a partner request");
		tick("direction", "request");
		new Select(browser.findElement(By.id("kind"))).selectByValue("supplier");
		browser.findElement(By.id("titleEn")).sendKeys("Supplier of cathode materials");
		browser.findElement(By.id("descriptionEn")).sendKeys("For a pilot line in 2027.");
		setDate("deadline", LocalDate.now(clock).plusMonths(2));
		tick("targetCountries", "china");
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		signOut();

		movableClock.moveOn(Duration.ofDays(7));
		new Digests(context).sendDue();
		String digest = text(digest());
		assertThat(digest).contains("Suzhou opens a battery recycling park").contains("Supplier of cathode materials");
	}

	private void memberBUnsubscribesWithOneClick() throws Exception {
		String[] header = digest().getHeader("List-Unsubscribe");
		assertThat(digest().getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		URI link = URI.create(header[0].replaceAll("^<|>$", ""));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(link.getRawPath() + "?" + link.getRawQuery())))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);

		signIn("/zh", B, PASSWORD);
		open("/zh/account/follows", 200);
		assertThat(browser.findElement(By.id("frequency-NONE")).isSelected()).as("no digest after unsubscribing")
			.isTrue();
		assertAccessible();
	}

	private void member(String email, String name, String language, String organisation) {
		Account account = new Account(email, name, passwordEncoder.encode(PASSWORD), Role.MEMBER);
		account.confirmEmail(Instant.now());
		long id = accounts.save(account).getId();
		jdbc.sql("update account set language = ? where id = ?").params(language, id).update();
		jdbc.sql("""
				insert into organisation_member (organisation_id, account_id, kind, status)
				values ((select id from organisation where slug = ?), ?, 'CLAIM', 'VALIDATED')""")
			.params(organisation, id)
			.update();
	}

	private MimeMessage digest() {
		return received(B).stream().filter((message) -> subject(message).equals("您关注内容的新动态")).findFirst().orElseThrow();
	}

	/**
	 * Sets a date input as a date picker would (typed dates depend on the browser's
	 * locale).
	 */
	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				date.format(DateTimeFormatter.ISO_LOCAL_DATE));
	}

	private String main() {
		return browser.findElement(By.cssSelector("main")).getText();
	}

}
