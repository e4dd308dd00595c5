package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;

/** The front page on a narrow phone, in a real (headless) browser. */
@PortalServerTest
class FrontPageBrowserTest extends BrowserTest {

	@Test
	void fitsA320PixelScreenWithoutScrollingSideways() throws Exception {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
		try {
			browser.get(url("/"));
			assertThat(browser.findElements(By.cssSelector("#countries .card"))).isNotEmpty();

			@SuppressWarnings("unchecked")
			List<String> overflowing = (List<String>) ((JavascriptExecutor) browser).executeScript("""
					const width = document.documentElement.clientWidth;
					return [...document.querySelectorAll('main *')]
					    .filter((e) => e.getBoundingClientRect().right > width)
					    .map((e) => e.tagName + '.' + e.className + ' ' + e.textContent.trim().slice(0, 40));""");
			assertThat(overflowing).isEmpty();
			long pageHeight = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollHeight");
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 320, "height", pageHeight, "deviceScaleFactor", 1, "mobile", true));
			Path screenshot = Path.of("target", "screenshots", "front-page-320.png");
			Files.createDirectories(screenshot.getParent());
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot,
					StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

}
