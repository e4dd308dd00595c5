package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor reads the China page in English, switches to Chinese with the header's link,
 * sorts the ESCP-4i table and stays in Chinese, then switches back with the sort kept.
 */
@PortalServerTest
class LanguageSwitchBrowserTest extends BrowserTest {

	@Test
	void switchesTheChinaPageToChineseSortsAndSwitchesBackKeepingTheSort() {
		open("/countries/china", 200);
		assertThat(pageLanguage()).isEqualTo("en");

		WebElement toChinese = browser.findElement(By.cssSelector(".language-switch a"));
		assertThat(toChinese.getText()).isEqualTo("中文");
		clickAndWait(toChinese);
		assertThat(address()).isEqualTo("/zh/countries/china");
		assertThat(pageLanguage()).isEqualTo("zh-Hans");

		clickAndWait(smesHeader().findElement(By.tagName("a")));
		String sorted = address();
		assertThat(sorted).startsWith("/zh/countries/china?").contains("sort=smes,desc");
		assertThat(pageLanguage()).isEqualTo("zh-Hans");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("descending");

		WebElement toEnglish = browser.findElement(By.cssSelector(".language-switch a"));
		assertThat(toEnglish.getText()).isEqualTo("English");
		clickAndWait(toEnglish);
		assertThat(address()).isEqualTo(sorted.substring("/zh".length()));
		assertThat(pageLanguage()).isEqualTo("en");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("descending");
	}

	private String pageLanguage() {
		return (String) browser.executeScript("return document.documentElement.lang");
	}

	private String address() {
		URI uri = URI.create(browser.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	private WebElement smesHeader() {
		return browser.findElement(By.cssSelector("#partnerships thead th:nth-child(6)"));
	}

}
