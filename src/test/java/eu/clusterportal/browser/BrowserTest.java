package eu.clusterportal.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A headless Chromium on the portal served on a random port, fresh for every test. */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Clicks a link or submit button and waits until the page it loads has replaced this
	 * one: ChromeDriver may return from a click before a form's POST and redirect begin, and
	 * a look for the next page's content would then find the old page.
	 */
	static void clickAndWait(WebDriver driver, WebElement element) {
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
	}

	void clickAndWait(WebElement element) {
		clickAndWait(browser, element);
	}

}
