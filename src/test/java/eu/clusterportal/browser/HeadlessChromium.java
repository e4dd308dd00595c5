package eu.clusterportal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the machine's own Chromium and ChromeDriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} name other binaries. Without them the browser tests are skipped
 * (each reported as skipped), except on CI ({@code CI=true}), where they must run.
 */
final class HeadlessChromium {

	private static final Path BROWSER = Path.of(setting("CHROME_BIN", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final Dimension WINDOW = new Dimension(1280, 1000);

	private HeadlessChromium() {
	}

	/**
	 * Whether the browser tests should run: the binaries are there, or this is CI, where
	 * starting without them fails instead of skipping.
	 */
	static boolean wanted() {
		return (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) || "true".equals(System.getenv("CI"));
	}

	static ChromeDriver start() {
		ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
		// The console, where the browser reports what a page's security headers refused.
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
