package eu.clusterportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core, from its webjar so that nothing is downloaded while the tests run, on the
 * page a browser shows.
 */
final class Axe {

	/**
	 * axe-core's WCAG 2.1 A and AA rules on the page: each violation as rule, impact and
	 * the elements it found.
	 */
	private static final String VIOLATIONS = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then((results) => done(results.violations.map((v) => v.id + ' (' + v.impact + '): '
			      + v.nodes.map((node) => node.target.join(' ')).join(', '))))
			  .catch((error) => done(['axe failed: ' + error]));
			""";

	private final String script;

	private Axe(String script) {
		this.script = script;
	}

	static Axe load() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
			if (found.length != 1) {
				throw new IllegalStateException("One axe-core webjar expected, found " + found.length);
			}
			return new Axe(found[0].getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What axe-core finds on the page the browser shows, empty when nothing. */
	List<?> violations(JavascriptExecutor browser) {
		browser.executeScript(this.script);
		return (List<?>) browser.executeAsyncScript(VIOLATIONS);
	}

}
