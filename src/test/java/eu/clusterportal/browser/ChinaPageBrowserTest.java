package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/** What a visitor sees and does on the China page, in a real (headless) browser. */
@PortalServerTest
class ChinaPageBrowserTest extends BrowserTest {

	@Test
	void sortsThePartnershipsBySmesBothWaysByClickingTheColumnHeader() {
		browser.get(url("/countries/china"));
		assertThat(browser.getTitle()).isEqualTo("China · EU–China Cluster Portal");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("ascending");

		clickAndWait(smesHeader().findElement(By.tagName("a")));
		assertThat(browser.getCurrentUrl()).contains("sort=smes,desc");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("descending");
		assertThat(visibleAcronyms()).startsWith("eT4S", "EnW", "GIVE", "NF4", "MAGIA2Market", "AdPack²");
		assertThat(visibleSmeCounts()).startsWith("700", "650", "615", "561", "560", "–");

		clickAndWait(smesHeader().findElement(By.tagName("a")));
		assertThat(browser.getCurrentUrl()).contains("sort=smes,asc");
		assertThat(smesHeader().getDomAttribute("aria-sort")).isEqualTo("ascending");
		assertThat(visibleAcronyms()).startsWith("MAGIA2Market", "NF4", "GIVE", "EnW", "eT4S", "AdPack²");
	}

	@Test
	void opensAndClosesASectionWithTheKeyboard() {
		browser.get(url("/countries/china"));
		WebElement section = browser.findElement(By.id("economic-context"));
		WebElement summary = section.findElement(By.tagName("summary"));
		WebElement body = section.findElement(By.className("prose"));
		assertThat(body.isDisplayed()).isFalse();
		assertThat(summary.getText()).startsWith("Read more");

		summary.sendKeys(Keys.ENTER);
		assertThat(body.isDisplayed()).isTrue();
		assertThat(summary.getText()).startsWith("Read less");

		summary.sendKeys(Keys.ENTER);
		assertThat(body.isDisplayed()).isFalse();
	}

	@Test
	void followsATargetedCountryToItsPage() {
		browser.get(url("/countries/china?sort=acronym,asc"));
		clickAndWait(browser.findElement(By.cssSelector("tr[data-acronym=MAGIA2Market] a[href='/countries/japan']")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Japan");
		assertThat(visibleAcronyms()).containsExactly("MAGIA2Market");
	}

	@Test
	void savesAScreenshotOfTheChinaPage() throws Exception {
		browser.get(url("/countries/china?sort=smes,desc"));
		assertThat(browser.getTitle()).isEqualTo("China · EU–China Cluster Portal");
		assertThat(browser.findElements(By.cssSelector("#partnerships tbody tr"))).isNotEmpty();
		long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight");
		browser.manage().window().setSize(new Dimension(1280, (int) height));
		Path screenshot = Path.of("target", "screenshots", "china.png");
		Files.createDirectories(screenshot.getParent());
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
		assertThat(screenshot).isNotEmptyFile();
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

	/** The SME counts as seen on screen, without the text only screen readers get. */
	private List<String> visibleSmeCounts() {
		return browser.findElements(By.cssSelector("#partnerships tbody td:nth-of-type(5)"))
			.stream()
			.map((cell) -> cell.getText().lines().findFirst().orElse(""))
			.toList();
	}

}
