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
import org.junit.jupiter.api.BeforeAll;
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

	private static final String ADMIN = "reflow@example.eu";

	private static final String PASSWORD = "a long enough passphrase";

	private static final List<String> PUBLIC_PAGES = List.of("/", "/countries", "/countries/china", "/countries/japan",
			"/clusters", "/clusters/chongqing-automobile-cluster", "/partnerships", "/partnerships/DIA", "/sectors/C29",
			"/technology-fields/E03", "/cooperation", "/events", "/news", "/documents", "/search?q=automotive",
			"/login", "/accessibility", "/privacy", "/cookies", "/legal-notice", "/countries/atlantis");

	/** The pages with cards: the front page's countries, the country page's clusters. */
	private static final List<String> CARD_PAGES = List.of("/", "/countries/china", "/countries/china?clusters=sector");

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

	/**
	 * Parts of a card that overlap: of every {@code .card}, each two drawn children whose
	 * boxes share more than a pixel. Returns the number of cards and what overlaps.
	 */
	private static final String CARD_OVERLAPS = """
			const cards = document.querySelectorAll('.card');
			const found = [];
			for (const card of cards) {
			  const parts = [...card.children].map((part) => [part, part.getBoundingClientRect()])
			      .filter(([, box]) => box.width > 0 && box.height > 0);
			  for (let i = 0; i < parts.length; i++) {
			    for (let j = i + 1; j < parts.length; j++) {
			      const [a, boxA] = parts[i];
			      const [b, boxB] = parts[j];
			      if (boxA.left < boxB.right - 1 && boxB.left < boxA.right - 1 && boxA.top < boxB.bottom - 1
			          && boxB.top < boxA.bottom - 1) {
			        found.push(card.querySelector('h3, h4').textContent.trim() + ': ' + a.tagName.toLowerCase() + '.'
			            + a.className + ' overlaps ' + b.tagName.toLowerCase() + '.' + b.className);
			      }
			    }
			  }
			}
			return { cards: cards.length, overlaps: found };
			""";

	/**
	 * Cells of tables that label their cells ({@code data-label}) whose column header is
	 * not there for a screen reader (not drawn) or names another column than the label:
	 * what a screen reader would announce with the cell.
	 */
	private static final String CELLS_UNDER_THE_WRONG_HEADER = """
			const found = [];
			for (const table of document.querySelectorAll('table:has(td[data-label])')) {
			  const headers = [...table.querySelectorAll('thead th')];
			  for (const row of table.querySelectorAll('tbody tr')) {
			    [...row.cells].forEach((cell, column) => {
			      const header = headers[column];
			      const label = cell.getAttribute('data-label');
			      if (!header || getComputedStyle(header).display === 'none'
			          || (label !== null && !header.textContent.includes(label))) {
			        found.push(table.caption.textContent.trim() + ', column ' + (column + 1) + ': "' + label
			            + '" under "' + (header ? header.textContent.trim().replace(/\\s+/g, ' ') : 'none') + '"');
			      }
			    });
			  }
			}
			return found;
			""";

	/**
	 * Words of table cells drawn on more than one line ("Acr/ony/m"): each run of letters
	 * and digits between spaces, hyphens and slashes, measured as a range of the text.
	 */
	private static final String BROKEN_WORDS = """
			const found = [];
			for (const cell of document.querySelectorAll('.data-table th, .data-table td')) {
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
			    for (const word of text.data.matchAll(/[^\\s\\-\\u2013\\/]+/g)) {
			      const range = document.createRange();
			      range.setStart(text, word.index);
			      range.setEnd(text, word.index + word[0].length);
			      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			      if (lines.size > 1) found.push(word[0]);
			    }
			  }
			}
			return found;
			""";

	private static Axe axe;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeAll
	static void readAxe() {
		axe = Axe.load();
	}

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

		open("/clusters", 200);
		assertThat(browser.executeScript("return [...document.querySelectorAll('.site-nav a')]"
				+ ".map((a) => a.textContent.trim() + ' ' + getComputedStyle(a).fontWeight)"))
			.as("the current section stands out")
			.asInstanceOf(LIST)
			.containsExactly("Home 400", "Countries 400", "Clusters 700", "Partnerships 400", "Partner requests 400",
					"Events 400", "News 400", "Documents 400");

		for (String page : List.of("/clusters", "/partnerships", "/cooperation", "/news", "/documents")) {
			open(page, 200);
			assertThat(browser.executeScript("""
					const panel = document.querySelector('main form[role=search]');
					const heading = panel.querySelector('h2').getBoundingClientRect();
					const field = panel.querySelector('.field').getBoundingClientRect();
					const box = panel.getBoundingClientRect();
					return heading.bottom <= field.top && heading.top - box.top < 40
					    && !panel.parentElement.closest('.profile-section, .filter-panel');
					""")).as("the filter form of %s: its heading on top, in one box", page).isEqualTo(true);
		}

		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		for (String page : PUBLIC_PAGES) {
			assertFits(page);
		}
		accounts.save(new Account(ADMIN, ADMIN, passwordEncoder.encode(PASSWORD), Role.ADMIN));
		browser.get(url("/login"));
		browser.findElement(By.id("email")).sendKeys(ADMIN);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertFits("/admin");
		assertFits("/admin/clusters");
		String form = browser.findElement(By.cssSelector("main a[href$='/edit']")).getDomAttribute("href");
		assertFits(form);
		assertFits("/admin/documents");
		assertFits("/admin/accounts");

		// A form sent back with mistakes: the keyboard starts at their list, without a
		// script.
		open("/admin/clusters/new", 200);
		clickAndWait(browser.findElement(By.cssSelector("main form button[value=save]")));
		assertThat(browser.executeScript("return document.activeElement.className")).as("focus after a refused save")
			.isEqualTo("notice error-summary");
		assertThat(browser.getTitle()).matches("\\d+ errors? – New cluster · .*");
		assertAccessible("/admin/clusters/new with errors");
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

	@Test
	void noCardOverlapsItselfOnAScreenOfAnyWidthOrOnPaper() {
		for (String page : CARD_PAGES) {
			for (int width : List.of(1280, 900, 600, 320)) {
				browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
				open(page, 200);
				assertNoCardOverlaps(page + " at " + width + " px");
			}
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 680, "height", 960, "deviceScaleFactor", 1, "mobile", false));
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertNoCardOverlaps(page + " on paper");
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void printedTablesKeepTheirWordsWhole() {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 680, "height", 960, "deviceScaleFactor", 1, "mobile", false));
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		for (String page : List.of("/countries/china", "/partnerships", "/clusters")) {
			open(page, 200);
			assertThat(browser.executeScript(BROKEN_WORDS)).as("words broken in the tables of %s on paper", page)
				.asInstanceOf(LIST)
				.isEmpty();
		}
	}

	private void assertNoCardOverlaps(String where) {
		Map<?, ?> cards = (Map<?, ?>) browser.executeScript(CARD_OVERLAPS);
		assertThat((Long) cards.get("cards")).as("cards on %s", where).isPositive();
		assertThat(cards.get("overlaps")).as("parts of a card that overlap on %s", where).asInstanceOf(LIST).isEmpty();
	}

	/**
	 * Every kind of page once in Chinese at 320 px, with the same checks: its own
	 * language's texts and the switch to English must fit and pass axe-core too.
	 */
	@Test
	void everyKindOfPageInChineseFitsANarrowScreen() {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
		for (String page : PUBLIC_PAGES) {
			assertFits("/zh" + page);
		}
		accounts.save(new Account(ADMIN, ADMIN, passwordEncoder.encode(PASSWORD), Role.ADMIN));
		browser.get(url("/zh/login"));
		browser.findElement(By.id("email")).sendKeys(ADMIN);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertFits("/zh/admin");
		assertFits("/zh/admin/clusters");
		assertFits("/zh/admin/clusters/new");
	}

	/**
	 * A page at 320 px: what the server answered, nothing sticking out sideways, no card
	 * overlapping itself, every table cell under its own column's header and nothing
	 * axe-core finds.
	 */
	private void assertFits(String page) {
		open(page, page.endsWith("/countries/atlantis") ? 404 : 200);
		assertThat(browser.executeScript(OVERFLOWING)).as("what sticks out of %s at 320 px", page)
			.asInstanceOf(LIST)
			.isEmpty();
		Map<?, ?> cards = (Map<?, ?>) browser.executeScript(CARD_OVERLAPS);
		assertThat(cards.get("overlaps")).as("parts of a card that overlap on %s at 320 px", page)
			.asInstanceOf(LIST)
			.isEmpty();
		assertThat(browser.executeScript(CELLS_UNDER_THE_WRONG_HEADER))
			.as("table cells under another header on %s at 320 px", page)
			.asInstanceOf(LIST)
			.isEmpty();
		assertAccessible(page);
	}

	/** No violation of a WCAG 2.1 A or AA rule that axe-core can check on this page. */
	private void assertAccessible(String page) {
		assertThat(axe.violations(browser)).as("axe-core's WCAG 2.1 AA violations on %s", page)
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
