package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The editors' main journeys, in real browsers signed in through the sign-in form. */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class EditingBrowserTest extends BrowserTest {

	static final String PASSWORD = "a long enough passphrase";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver second;

	@BeforeEach
	void prepare() {
		for (String email : new String[] { "anna@example.eu", "bruno@example.eu" }) {
			if (accounts.findByEmail(email).isEmpty()) {
				accounts.save(new Account(email, email, passwordEncoder.encode(PASSWORD), Role.EDITOR));
			}
		}
	}

	@AfterEach
	void closeTheSecondBrowser() {
		if (second != null) {
			second.quit();
		}
	}

	@Test
	void anEditorSignsInChangesAKeyFactOfChinaAndSeesItOnThePublicPage() {
		signIn(browser, "anna@example.eu");
		browser.get(url("/admin/countries/china"));
		WebElement population = browser.findElement(By.id("population.amount"));
		String original = population.getDomProperty("value");
		population.clear();
		population.sendKeys("1400000000");
		clickAndWait(browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");

		browser.get(url("/countries/china"));
		assertThat(browser.findElement(By.cssSelector("#key-facts .key-fact:nth-child(2) .key-fact__value")).getText())
			.isEqualTo("1.4 billion");

		browser.get(url("/admin/countries/china"));
		population = browser.findElement(By.id("population.amount"));
		population.clear();
		population.sendKeys(original);
		clickAndWait(browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
	}

	@Test
	void twoEditorsChangeOneSectionAtOnceAndTheSecondIsToldInsteadOfOverwriting() {
		second = HeadlessChromium.start();
		signIn(browser, "anna@example.eu");
		signIn(second, "bruno@example.eu");
		String section = url("/admin/countries/china/sections/cooperation-opportunities");
		browser.get(section);
		second.get(section);

		replaceLead(browser, "Anna's lead");
		clickAndWait(browser.findElement(By.cssSelector("button[value=save]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");

		replaceLead(second, "Bruno's lead");
		clickAndWait(second, second.findElement(By.cssSelector("button[value=save]")));
		assertThat(second.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("Someone else saved this item after you opened it");
		assertThat(second.findElement(By.id("lead")).getDomProperty("value")).isEqualTo("Bruno's lead");
		assertThat(lead()).isEqualTo("Anna's lead");
	}

	@Test
	void anEditorCreatesAPartnershipTargetingChinaAndFindsItInTheSortedTable() {
		signIn(browser, "anna@example.eu");
		browser.get(url("/admin/partnerships/new"));
		browser.findElement(By.id("acronym")).sendKeys("BrowsE");
		browser.findElement(By.id("name")).sendKeys("Browser-made partnership");
		browser.findElement(By.id("smesInvolved")).sendKeys("600");
		browser.findElement(By.id("partners")).sendKeys("3");
		choose("sectors", "J62 Computer programming, consultancy and related activities");
		choose("targetCountries", "China");
		choose("targetCountries", "Japan");
		new Select(browser.findElement(By.id("figuresSource.source"))).selectByVisibleText("Other publication");
		browser.findElement(By.id("figuresSource.detail")).sendKeys("the partnership's own report");
		new Select(browser.findElement(By.id("sectorsSource.source"))).selectByVisibleText("Editorial classification");
		new Select(browser.findElement(By.id("targetCountriesSource.source")))
			.selectByVisibleText("Preparatory Briefing");
		clickAndWait(browser.findElement(By.cssSelector("form.stacked-form button[type=submit]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");

		browser.get(url("/countries/china?sort=smes,desc"));
		assertThat(browser.findElements(By.cssSelector("#partnerships tbody th")).stream().map(WebElement::getText))
			.startsWith("eT4S", "EnW", "GIVE", "BrowsE", "NF4");
	}

	@Test
	void anEditorTranslatesASectionAsADraftSeesItInThePreviewOnlyThenPublishesIt() {
		jdbc.sql("update country_section set translations = '{}' where topic = 'COOPERATION_OPPORTUNITIES'").update();
		signIn(browser, "anna@example.eu");
		String english = lead();
		open("/admin/countries/china/sections/cooperation-opportunities", 200);
		WebElement chinese = browser.findElement(By.id("translation.texts[lead]"));
		assertThat(chinese.getDomAttribute("lang")).isEqualTo("zh-Hans");
		chinese.sendKeys("中欧在信息通信技术领域的合作可以为双方企业和社会带来巨大的共同利益。");
		browser.findElement(By.cssSelector("label[for='translation.status1']")).click();
		clickAndWait(browser.findElement(By.cssSelector("button[value=save]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");

		open("/zh/countries/china", 200);
		assertThat(shownLead()).doesNotContain("中欧在信息通信技术领域的合作");
		open("/admin/countries/china/sections/cooperation-opportunities", 200);
		clickAndWait(browser.findElement(By.cssSelector("main p.meta a[hreflang=zh-Hans]")));
		assertThat(shownLead()).contains("中欧在信息通信技术领域的合作");

		open("/admin/countries/china/sections/cooperation-opportunities", 200);
		browser.findElement(By.cssSelector("label[for='translation.status2']")).click();
		clickAndWait(browser.findElement(By.cssSelector("button[value=save]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Saved.");

		open("/zh/countries/china", 200);
		assertThat(shownLead()).isEqualTo("中欧在信息通信技术领域的合作可以为双方企业和社会带来巨大的共同利益。");
		open("/countries/china", 200);
		assertThat(shownLead()).isEqualTo(english);
	}

	private String shownLead() {
		return browser.findElement(By.cssSelector("#cooperation-opportunities .section-lead")).getText();
	}

	private void signIn(ChromeDriver browser, String email) {
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
	}

	/** Ticks a choice by clicking its label, as a person would. */
	private void choose(String field, String label) {
		browser.findElement(By.xpath("//fieldset[@id='" + field + "']//label[normalize-space()='" + label + "']"))
			.click();
	}

	private static void replaceLead(ChromeDriver browser, String text) {
		WebElement lead = browser.findElement(By.id("lead"));
		lead.clear();
		lead.sendKeys(text);
	}

	private String lead() {
		return jdbc.sql("select lead from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.single();
	}

}
