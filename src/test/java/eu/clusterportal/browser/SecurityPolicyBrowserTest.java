package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages work under the portal's security headers: the browser applies the stylesheet
 * and draws the chart, and its console reports nothing the Content-Security-Policy
 * refused and no feature of the Permissions-Policy it cannot read.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class SecurityPolicyBrowserTest extends BrowserTest {

	static final String PASSWORD = "a long enough passphrase";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void publicPagesBreakNoPolicy() {
		for (String path : List.of("/", "/countries/china", "/clusters", "/partnerships", "/events",
				"/search?q=automobile&type=news", "/countries/narnia", "/accessibility", "/privacy", "/cookies",
				"/legal-notice")) {
			open(path, path.equals("/countries/narnia") ? 404 : 200);
			assertThat(refusals()).as(path).isEmpty();
			assertThat(browser.findElement(By.cssSelector(".site-header__inner")).getCssValue("display")).as(path)
				.isEqualTo("grid");
		}
		browser.get(url("/countries/china"));
		assertThat(browser.findElement(By.cssSelector("svg.bar-chart")).getSize().getHeight()).isPositive();
	}

	@Test
	void theMarkdownPreviewOfAnAdminFormBreaksNoPolicy() {
		accounts.save(new Account("cleo@example.eu", "Cleo", passwordEncoder.encode(PASSWORD), Role.EDITOR));
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys("cleo@example.eu");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));

		browser.get(url("/admin/partnerships/new"));
		browser.findElement(By.id("description"))
			.sendKeys("Joint **pilot** lines, see [the call](https://example.eu/call).");
		clickAndWait(browser.findElement(By.cssSelector("button[value=preview]")));
		assertThat(browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.isEqualTo(200L);
		assertThat(browser.findElement(By.cssSelector(".prose strong")).getText()).isEqualTo("pilot");
		assertThat(refusals()).isEmpty();
	}

	/** What the browser's console said about the security headers since the last look. */
	private List<String> refusals() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy") || message.contains("Permissions-Policy"))
			.toList();
	}

}
