package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Finding a partnership in the directory, in a real (headless) browser. */
@PortalServerTest
class PartnershipDirectoryBrowserTest extends BrowserTest {

	@Test
	void filtersBySectorSortsBySmesAndOpensAPartnership() {
		browser.get(url("/partnerships"));
		assertThat(visibleAcronyms()).hasSize(12);

		new Select(browser.findElement(By.id("filter-sector"))).selectByValue("C");
		clickAndWait(browser.findElement(By.cssSelector("form.filter-panel button[type=submit]")));
		assertThat(browser.getCurrentUrl()).contains("sector=C");
		assertThat(visibleAcronyms()).containsExactly("NF4", "GIVE", "AdPack²");
		assertThat(new Select(browser.findElement(By.id("filter-sector"))).getFirstSelectedOption().getText())
			.isEqualTo("C Manufacturing");

		clickAndWait(smesHeader().findElement(By.tagName("a")));
		assertThat(browser.getCurrentUrl()).contains("sector=C").contains("sort=smes,desc");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("descending");
		assertThat(visibleAcronyms()).containsExactly("GIVE", "NF4", "AdPack²");

		clickAndWait(browser.findElement(By.linkText("GIVE")));
		assertThat(browser.getCurrentUrl()).endsWith("/partnerships/GIVE");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("GIVE");
		assertThat(browser.getTitle()).isEqualTo("GIVE · EU–China Cluster Portal");
	}

	@Test
	void opensAnAcronymWithASuperscript() {
		browser.get(url("/partnerships"));
		clickAndWait(browser.findElement(By.linkText("AdPack²")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("AdPack²");
	}

	private WebElement smesHeader() {
		return browser.findElement(By.cssSelector("#partnerships thead th:nth-child(6)"));
	}

	private List<String> visibleAcronyms() {
		return browser.findElements(By.cssSelector("#partnerships tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
