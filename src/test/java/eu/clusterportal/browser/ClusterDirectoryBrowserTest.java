package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A cluster manager looks for the clusters of their sector, in a real (headless) browser.
 */
@PortalServerTest
class ClusterDirectoryBrowserTest extends BrowserTest {

	@Test
	void filtersBySectorWithTheFormAndFollowsAResultToItsClusterPage() {
		browser.get(url("/clusters"));
		assertThat(browser.getTitle()).isEqualTo("Cluster directory · EU–China Cluster Portal");
		assertThat(resultNames()).hasSize(11);

		// The label names the menu, as a screen reader would announce it.
		WebElement menu = browser.findElement(By.id("filter-sector"));
		assertThat(browser.findElement(By.cssSelector("label[for=filter-sector]")).getText()).isEqualTo("Sector");
		new Select(menu).selectByValue("C29");
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));

		assertThat(browser.getCurrentUrl()).contains("sector=C29");
		assertThat(resultNames()).containsExactly("Chongqing automobile cluster", "Guangzhou automobile city cluster");
		assertThat(new Select(browser.findElement(By.id("filter-sector"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("C29");
		assertThat(browser.findElement(By.cssSelector("main .active-filters li")).getText())
			.startsWith("Sector: C29 Manufacture of motor vehicles, trailers and semi-trailers");

		clickAndWait(browser.findElement(By.linkText("Guangzhou automobile city cluster")));
		assertThat(browser.getCurrentUrl()).endsWith("/clusters/guangzhou-automobile-city-cluster");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Guangzhou automobile city cluster");
		assertThat(browser.findElement(By.id("location")).getText()).contains("Guangzhou", "Pearl River Delta",
				"China");

		// From the cluster page to its region's clusters.
		clickAndWait(browser.findElement(By.cssSelector("#location a[href*='region=']")));
		assertThat(resultNames()).containsExactly("Guangzhou automobile city cluster",
				"Shenzhen communications cluster");
	}

	@Test
	void clearsAFilterWithItsRemoveLink() {
		browser.get(url("/clusters?region=yangtze-river-delta&sector=J62"));
		assertThat(resultNames()).containsExactly("Wuxi IoT cluster");
		clickAndWait(browser.findElement(By.cssSelector("main .active-filters li[data-param=sector] a")));
		assertThat(resultNames()).containsExactly("Shanghai Zhangjiang Hi-Tech Park (Zhangjiang Drug Valley)",
				"Wuxi IoT cluster", "Wuxi photovoltaic cluster");
		assertThat(new Select(browser.findElement(By.id("filter-sector"))).getFirstSelectedOption().getText())
			.isEqualTo("Any sector");
	}

	private List<String> resultNames() {
		return browser.findElements(By.cssSelector("main tbody th[scope=row]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
