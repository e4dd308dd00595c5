package eu.clusterportal.system;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown that editors write into HTML that is safe to put on a page: raw HTML
 * in the source is escaped, not passed through, and links and images keep only
 * {@code http}, {@code https} and {@code mailto} addresses, relative links and anchors
 * ({@code javascript:}, {@code data:} and the like are neutralised). Where a page shows
 * only a short text, it gives the plain text without the markup instead.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser = Parser.builder().build();

	// Links and images keep web and mail addresses, relative links and anchors; any other
	// scheme (javascript:, data:, file:, ...) leaves an empty address.
	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new SameSiteOrWebUrls())
		.build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	public String toHtml(String markdown) {
		return (markdown != null) ? renderer.render(parser.parse(markdown)) : "";
	}

	/**
	 * The text without markup ("**bold**" becomes "bold"), to be escaped like any text;
	 * HTML stays as text.
	 */
	public String toPlainText(String markdown) {
		return (markdown != null) ? textRenderer.render(parser.parse(markdown)) : "";
	}

	/**
	 * A protocol-relative address ({@code //evil.example}, and {@code /\evil.example},
	 * which browsers read the same way) names another site without a scheme: it is
	 * dropped like an unsafe scheme.
	 */
	private static final class SameSiteOrWebUrls implements UrlSanitizer {

		private final UrlSanitizer schemes = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

		@Override
		public String sanitizeLinkUrl(String url) {
			return isProtocolRelative(url) ? "" : schemes.sanitizeLinkUrl(url);
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return isProtocolRelative(url) ? "" : schemes.sanitizeImageUrl(url);
		}

		private static boolean isProtocolRelative(String url) {
			String start = url.strip();
			return start.length() >= 2 && isSlash(start.charAt(0)) && isSlash(start.charAt(1));
		}

		private static boolean isSlash(char c) {
			return c == '/' || c == '\\';
		}

	}

}
