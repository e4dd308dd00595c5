package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The maps in a real (headless) browser: their links lead on, and they fit a phone. */
@PortalServerTest
class MapBrowserTest extends BrowserTest {

	@Test
	void followsAClusterFromItsPointOnTheChinaMap() {
		browser.get(url("/countries/china"));
		WebElement point = browser
			.findElement(By.cssSelector("#cluster-map a[href='/clusters/wuhan-east-lake-high-tech-zone']"));
		assertThat(point.getAccessibleName())
			.isEqualTo("Wuhan East Lake High-tech Zone (Optics Valley of China), Wuhan");

		clickAndWait(point.findElement(By.tagName("circle")));
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Wuhan East Lake High-tech Zone (Optics Valley of China)");
	}

	@Test
	void followsACountryFromTheWorldMapWithTheKeyboard() {
		browser.get(url("/countries"));
		WebElement japan = browser.findElement(By.cssSelector("#world-map svg a[href='/countries/japan']"));
		assertThat(japan.getAccessibleName()).isEqualTo("Japan: 1 partnership");

		japan.sendKeys(Keys.ENTER);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Japan");
	}

	@Test
	void theMapsFitTheWidthOfAPhone() {
		browser.manage().window().setSize(new Dimension(360, 800));
		for (String page : new String[] { "/countries/china", "/countries" }) {
			browser.get(url(page));
			WebElement map = browser.findElement(By.cssSelector(".map__svg"));
			int width = browser.findElement(By.tagName("main")).getSize().getWidth();
			assertThat(map.getSize().getWidth()).as(page).isPositive().isLessThanOrEqualTo(width);
			assertThat(map.getSize().getHeight()).as(page).isPositive();
		}
	}

}
