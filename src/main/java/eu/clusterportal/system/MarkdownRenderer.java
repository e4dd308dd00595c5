package eu.clusterportal.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown that editors write into HTML that is safe to put on a page: raw HTML
 * in the source is escaped, not passed through, and links with unsafe schemes
 * ({@code javascript:} and the like) are neutralised.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public String toHtml(String markdown) {
		return (markdown != null) ? renderer.render(parser.parse(markdown)) : "";
	}

}
