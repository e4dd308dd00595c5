package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A headless Chromium on the portal served on a random port. One browser serves all tests
 * of a class, as starting one costs more than most tests; after each test it forgets its
 * cookies (and so its session), its console and its window size, so every test starts as
 * a new visitor.
 */
abstract class BrowserTest {

	private static ChromeDriver shared;

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	static void openBrowser() {
		if (HeadlessChromium.wanted()) {
			shared = HeadlessChromium.start();
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (shared != null) {
			shared.quit();
			shared = null;
		}
	}

	/**
	 * Skips each test, not the class, without a browser: an assumption that fails in
	 * {@code @BeforeAll} removes the class's tests from the counts, here they are counted
	 * as skipped.
	 */
	@BeforeEach
	void useTheClassesBrowser() {
		assumeTrue(shared != null, "Chromium or ChromeDriver missing (apt-get install chromium chromium-driver)");
		browser = shared;
	}

	@AfterEach
	void forgetTheVisit() {
		if (browser == null) {
			return;
		}
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		browser.manage().logs().get(LogType.BROWSER);
		browser.manage().window().setSize(HeadlessChromium.WINDOW);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Opens a page and checks that it is the page asked for: the status the server
	 * answered and a main heading, so that a check of its layout never passes on an error
	 * page.
	 */
	void open(String path, int status) {
		browser.get(url(path));
		assertThat(browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
			.as("status of %s", path)
			.isEqualTo((long) status);
		String heading = (String) browser
			.executeScript("const h = document.querySelector('main h1'); return h ? h.textContent.trim() : ''");
		assertThat(heading).as("main heading of %s", path).isNotBlank();
		if (status == 200) {
			assertThat(heading).as("main heading of %s", path).isNotIn("Page not found", "Something went wrong");
		}
	}

	/**
	 * Clicks a link or submit button and waits until the page it loads has replaced this
	 * one: ChromeDriver may return from a click before a form's POST and redirect begin,
	 * and a look for the next page's content would then find the old page. While the old
	 * document goes, Chromium may report the element as not of the document rather than
	 * as stale; both mean the page was replaced.
	 */
	static void clickAndWait(WebDriver driver, WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until((current) -> isGone(element));
	}

	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	void clickAndWait(WebElement element) {
		clickAndWait(browser, element);
	}

}
