package eu.clusterportal.browser;

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
		shared = HeadlessChromium.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (shared != null) {
			shared.quit();
			shared = null;
		}
	}

	@BeforeEach
	void useTheClassesBrowser() {
		browser = shared;
	}

	@AfterEach
	void forgetTheVisit() {
		browser.get("about:blank");
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		browser.manage().logs().get(LogType.BROWSER);
		browser.manage().window().setSize(HeadlessChromium.WINDOW);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
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
