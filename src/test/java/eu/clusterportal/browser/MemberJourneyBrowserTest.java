package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A member's whole way through the portal in a real browser, with the mails delivered by
 * the portal's sender to an SMTP server in the JVM (GreenMail): register, confirm the
 * address from the mail, add an organisation, which an editor validates, find it public,
 * change it, download one's data, delete the account.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class MemberJourneyBrowserTest extends JourneyBrowserTest {

	private static final String MEMBER = "lena.vogt@example.eu";

	private static final String MEMBER_PASSWORD = "seven quiet lanterns drift over Lake Tai";

	private static final String EDITOR = "journey.editor@example.eu";

	private static final String EDITOR_PASSWORD = "a long enough passphrase";

	private static final String ORGANISATION = "Rhine Yangtze Robotics Alliance";

	private static final String SLUG = "rhine-yangtze-robotics-alliance";

	private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+/register/confirm\\?token=\\S+");

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void prepare() {
		accounts.save(new Account(EDITOR, "Journey Editor", passwordEncoder.encode(EDITOR_PASSWORD), Role.EDITOR));
	}

	@Test
	void aMemberRegistersHasTheirOrganisationPublishedChangesItAndLeaves() throws Exception {
		registerAndConfirmTheAddressFromTheMail();
		addAnOrganisation();
		anEditorValidatesIt();
		findItPublicInSearchAndAmongChinasOrganisations();
		changeItAndSeeTheChangeOnItsPage();
		downloadTheirData();
		deleteTheAccountAndNoLongerSignIn();
	}

	/**
	 * Registers in English and confirms the address with the link of the mail the SMTP
	 * server received.
	 */
	private void registerAndConfirmTheAddressFromTheMail() throws Exception {
		open("/register", 200);
		assertAccessible();
		browser.findElement(By.id("name")).sendKeys("Lena Vogt");
		browser.findElement(By.id("email")).sendKeys(MEMBER);
		browser.findElement(By.id("password")).sendKeys(MEMBER_PASSWORD);
		browser.findElement(By.cssSelector("input[type=checkbox][name=consent]")).click();
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(heading()).isEqualTo("Check your mail");
		assertAccessible();

		open(confirmationLink(), 200);
		assertAccessible();
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(heading()).isEqualTo("Your address is confirmed");
		assertAccessible();
	}

	/**
	 * Signs in and sends a new organisation's profile, which stays off the public pages.
	 */
	private void addAnOrganisation() {
		signIn("", MEMBER, MEMBER_PASSWORD);
		assertThat(heading()).isEqualTo("Your account");
		assertAccessible();
		follow("Your organisations");
		follow("Add your organisation");
		assertAccessible();
		browser.findElement(By.id("name")).sendKeys(ORGANISATION);
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Association");
		new Select(browser.findElement(By.id("country"))).selectByValue("china");
		browser.findElement(By.id("city")).sendKeys("Suzhou");
		tick("sectors", "C26");
		browser.findElement(By.id("description"))
			.sendKeys("Brings European robotics clusters together with partners in the Yangtze River Delta.");
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(notice()).startsWith("Thank you. Your organisation\u2019s profile waits for an editor");
		assertThat(membershipState()).isEqualTo("Waiting for an editor");
		assertAccessible();
		signOut();
		open("/organisations/" + SLUG, 404);
	}

	/** An editor validates the profile in the queue; the member is told by mail. */
	private void anEditorValidatesIt() {
		signIn("", EDITOR, EDITOR_PASSWORD);
		follow("Waiting for validation");
		assertAccessible();
		WebElement request = browser.findElement(
				By.xpath("//article[contains(@class, 'pending-request')][.//h2[contains(., '" + ORGANISATION + "')]]"));
		clickAndWait(request.findElement(By.xpath(".//button[normalize-space()='Validate']")));
		assertThat(notice()).isEqualTo("Validated. The member has been told by e-mail.");
		assertAccessible();
		assertThat(received(MEMBER)).extracting(MemberJourneyBrowserTest::subject)
			.contains("Your organisation\u2019s profile is published");
		signOut();
	}

	/**
	 * As a visitor: the organisation's page, the site search and the China page's
	 * organisations.
	 */
	private void findItPublicInSearchAndAmongChinasOrganisations() {
		open("/organisations/" + SLUG, 200);
		assertThat(heading()).isEqualTo(ORGANISATION);
		assertThat(location()).contains("Suzhou");
		browser.findElement(By.id("site-search-q")).sendKeys("Robotics Alliance");
		clickAndWait(browser.findElement(By.cssSelector(".site-search button[type=submit]")));
		assertThat(linksInMainTo("/organisations/" + SLUG)).as("search results").isNotEmpty();
		open("/countries/china", 200);
		follow("Organisations in China");
		assertThat(browser.getCurrentUrl()).endsWith("/organisations?country=china");
		assertThat(pagesUntilRowOf(SLUG)).as("China's organisations, page after page").isTrue();
	}

	/**
	 * The member changes the city, which the public page shows at once (the tests'
	 * context keeps no pages: PageCacheTests checks that such a change clears them).
	 */
	private void changeItAndSeeTheChangeOnItsPage() {
		signIn("", MEMBER, MEMBER_PASSWORD);
		follow("Your organisations");
		assertThat(membershipState()).isEqualTo("Validated");
		follow("Edit the profile");
		assertAccessible();
		WebElement city = browser.findElement(By.id("city"));
		city.clear();
		city.sendKeys("Wuxi");
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(notice()).isEqualTo("Your changes are saved and public.");
		signOut();
		open("/organisations/" + SLUG, 200);
		assertThat(location()).as("the public page after the change").contains("Wuxi").doesNotContain("Suzhou");
	}

	/** Fetches the download in the member's session, as the link would. */
	private void downloadTheirData() {
		signIn("", MEMBER, MEMBER_PASSWORD);
		String dataLink = browser.findElement(By.xpath("//main//a[normalize-space()='Download your data']"))
			.getDomAttribute("href");
		Map<?, ?> download = (Map<?, ?>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async (response) => done({
				    disposition: response.headers.get('Content-Disposition'), data: await response.json() }));
				""", dataLink);
		assertThat((String) download.get("disposition")).startsWith("attachment").contains(".json");
		Map<?, ?> data = (Map<?, ?>) download.get("data");
		assertThat(data.get("account")).asInstanceOf(MAP)
			.containsEntry("email", MEMBER)
			.containsEntry("name", "Lena Vogt");
		assertThat(data.get("memberships")).asInstanceOf(LIST)
			.singleElement()
			.asInstanceOf(MAP)
			.containsEntry("name", ORGANISATION)
			.containsEntry("status", "VALIDATED");
		List<Object> mailKinds = ((List<?>) data.get("mails")).stream()
			.<Object>map((mail) -> ((Map<?, ?>) mail).get("kind"))
			.toList();
		assertThat(mailKinds).contains("member-confirmation", "organisation-validated");
	}

	/** Deletes the account: a last mail, no more signing in, and the profile stays. */
	private void deleteTheAccountAndNoLongerSignIn() {
		follow("Delete your account");
		assertAccessible();
		browser.findElement(By.id("password")).sendKeys(MEMBER_PASSWORD);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(heading()).isEqualTo("Your account has been deleted");
		assertAccessible();
		assertThat(received(MEMBER)).extracting(MemberJourneyBrowserTest::subject)
			.contains("Your account has been deleted");

		signIn("", MEMBER, MEMBER_PASSWORD);
		assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/login");
		assertThat(browser.findElement(By.cssSelector("main [role=alert]")).getText())
			.isEqualTo("That e-mail address and password do not match an account. Please try again.");
		open("/organisations/" + SLUG, 200);
		assertThat(location()).as("the profile stays without its member").contains("Wuxi");
	}

	/**
	 * The link of the confirmation mail, as a path on this server: the mail's links point
	 * at the portal's configured address.
	 */
	private String confirmationLink() throws Exception {
		MimeMessage mail = received(MEMBER).stream()
			.filter((message) -> subject(message).equals("Confirm your e-mail address"))
			.findFirst()
			.orElseThrow();
		String text = text(mail);
		Matcher link = CONFIRMATION_LINK.matcher(text);
		assertThat(link.find()).as("a confirmation link in %s", text).isTrue();
		URI uri = URI.create(link.group());
		return uri.getRawPath() + "?" + uri.getRawQuery();
	}

	private String membershipState() {
		return browser.findElement(By.xpath("//main//tr[th[contains(., '" + ORGANISATION + "')]]/td[2]/span"))
			.getText();
	}

	private String location() {
		return browser.findElement(By.cssSelector("#location")).getText();
	}

	/**
	 * Follows the directory's pages from this one until a row of the organisation shows.
	 */
	private boolean pagesUntilRowOf(String slug) {
		while (browser.findElements(By.cssSelector("main tr[data-slug='" + slug + "']")).isEmpty()) {
			List<WebElement> next = browser.findElements(By.cssSelector("main a[rel=next]"));
			if (next.isEmpty()) {
				return false;
			}
			clickAndWait(next.get(0));
		}
		return true;
	}

	private List<WebElement> linksInMainTo(String path) {
		return browser.findElements(By.cssSelector("main a[href='" + path + "']"));
	}

}
