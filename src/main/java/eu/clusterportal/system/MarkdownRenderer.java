package eu.clusterportal.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown that editors write into HTML that is safe to put on a page: raw HTML
 * in the source is escaped, not passed through, and links with unsafe schemes
 * ({@code javascript:} and the like) are neutralised. Where a page shows only a short text,
 * it gives the plain text without the markup instead.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	public String toHtml(String markdown) {
		return (markdown != null) ? renderer.render(parser.parse(markdown)) : "";
	}

	/** The text without markup ("**bold**" becomes "bold"), to be escaped like any text; HTML stays as text. */
	public String toPlainText(String markdown) {
		return (markdown != null) ? textRenderer.render(parser.parse(markdown)) : "";
	}

}
