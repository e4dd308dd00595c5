package eu.clusterportal.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a {@code ts_headline} extract of editor content into safe HTML: the text is
 * escaped and only the highlight markers the search asked for become {@code <mark>}
 * elements. The markers are private-use characters, which the search removes from the
 * content first.
 */
final class Snippets {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	private Snippets() {
	}

	static String toHtml(String headline) {
		if (headline == null || headline.isBlank()) {
			return null;
		}
		return HtmlUtils.htmlEscape(headline.strip(), "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
