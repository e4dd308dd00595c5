package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.util.List;
import java.util.Map;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every kind of page on a screen 320 CSS pixels wide, a phone's or 1280 pixels at 400 %
 * zoom (WCAG 1.4.10 Reflow), and the country page on paper.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class NarrowScreenAndPrintBrowserTest extends BrowserTest {

	private static final String EDITOR = "reflow@example.eu";

	private static final String PASSWORD = "a long enough passphrase";

	private static final List<String> PUBLIC_PAGES = List.of("/", "/countries", "/countries/china", "/countries/japan",
			"/clusters", "/clusters/chongqing-automobile-cluster", "/partnerships", "/partnerships/DIA", "/sectors/C29",
			"/technology-fields/E03", "/events", "/news", "/documents", "/search?q=automotive", "/login",
			"/accessibility", "/privacy", "/cookies", "/legal-notice", "/countries/atlantis");

	/**
	 * What sticks out sideways: the page wider than the window (or paper), or an element
	 * past either edge, unless it lies in a box that scrolls or clips (a table's region)
	 * or is hidden for screen readers' sake; of elements inside one another, the
	 * outermost.
	 */
	private static final String OVERFLOWING = """
			const width = document.documentElement.clientWidth;
			const found = [];
			const sticking = new Set();
			if (document.documentElement.scrollWidth > width) {
			  found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
			}
			const inBox = (element) => {
			  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
			    if (getComputedStyle(box).overflowX !== 'visible') return true;
			  }
			  return false;
			};
			for (const element of document.body.querySelectorAll('*')) {
			  const edges = element.getBoundingClientRect();
			  if (edges.width === 0 || (edges.left >= -1 && edges.right <= width + 1)) continue;
			  if (element.closest('.visually-hidden, .skip-link') || inBox(element)) continue;
			  sticking.add(element);
			  if (sticking.has(element.parentElement)) continue;
			  found.push(element.tagName.toLowerCase() + ' class="' + (element.getAttribute('class') || '') + '" "'
			      + element.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40) + '" from ' + Math.round(edges.left)
			      + ' to ' + Math.round(edges.right) + ' px');
			}
			return found;
			""";

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void backToAScreenOfTheDefaultSize() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Test
	void noKindOfPageScrollsSidewaysOnAScreen320PixelsWide() {
		browser.get(url("/"));
		for (String link : browser.findElements(By.cssSelector(".site-header a"))
			.stream()
			.map((a) -> a.getText())
			.toList()) {
			assertThat(lines(".site-header a", link)).as("lines of %s in the header at 1280 px", link).isEqualTo(1);
		}

		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		for (String page : PUBLIC_PAGES) {
			assertFits(page);
		}
		accounts.save(new Account(EDITOR, EDITOR, passwordEncoder.encode(PASSWORD), Role.EDITOR));
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys(EDITOR);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertFits("/admin");
		assertFits("/admin/clusters");
		String form = browser.findElement(By.cssSelector("main a[href$='/edit']")).getDomAttribute("href");
		assertFits(form);
	}

	@Test
	void theChinaPagePrintsTheTextBehindEveryReadMoreButNoNavigation() {
		browser.get(url("/countries/china"));
		assertThat(visible(".read-more .prose")).hasSize(4).containsOnly(false);

		// A4 less the page's margins is about 680 CSS pixels wide.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 680, "height", 960, "deviceScaleFactor", 1, "mobile", false));
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		// Chromium applies a change of content-visibility when it next draws the page.
		browser.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))");
		assertThat(visible(".read-more .prose")).hasSize(4).containsOnly(true);
		assertThat(visible("#partnerships table")).containsExactly(true);
		assertThat(browser.executeScript(OVERFLOWING)).as("what sticks out of the paper").asInstanceOf(LIST).isEmpty();
		// Three parts of the header, the breadcrumb and the four summaries.
		assertThat(visible(".site-header nav, .site-search, .site-account, .breadcrumb, .read-more summary")).hasSize(8)
			.containsOnly(false);

		// Browsers that cannot show a closed <details> in print get each one opened, and
		// closed after.
		String openAfter = "window.dispatchEvent(new Event(arguments[0]));"
				+ "return document.querySelectorAll('details[open]').length";
		assertThat(browser.executeScript(openAfter, "beforeprint")).as("open before printing").isEqualTo(4L);
		assertThat(browser.executeScript(openAfter, "afterprint")).as("open after printing").isEqualTo(0L);
	}

	private void assertFits(String page) {
		browser.get(url(page));
		assertThat(browser.executeScript(OVERFLOWING)).as("what sticks out of %s at 320 px", page)
			.asInstanceOf(LIST)
			.isEmpty();
	}

	private long lines(String selector, String text) {
		return (Long) browser.executeScript(
				"return [...document.querySelectorAll(arguments[0])].find((e) => e.textContent.trim() === arguments[1])"
						+ ".getClientRects().length",
				selector, text);
	}

	/**
	 * Whether each element matching the selector is drawn, content-visibility counted.
	 */
	@SuppressWarnings("unchecked")
	private List<Boolean> visible(String selector) {
		return (List<Boolean>) browser.executeScript("return [...document.querySelectorAll(arguments[0])]"
				+ ".map((e) => e.checkVisibility({ contentVisibilityAuto: true }))", selector);
	}

}
