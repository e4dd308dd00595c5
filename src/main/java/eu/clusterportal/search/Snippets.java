package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns an extract of editor content into safe HTML: the text is escaped and only the
 * highlight markers the search asked for become {@code <mark>} elements. The markers are
 * private-use characters, which the search removes from the content first. English
 * extracts come from {@code ts_headline}; Chinese ones from {@link #chinese}, since
 * {@code ts_headline} cannot find Chinese words in a text it cannot split.
 */
final class Snippets {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	/** How much of a Chinese text an extract shows, in characters. */
	static final int CHINESE_LENGTH = 100;

	/** How much of it comes before the first match. */
	static final int CHINESE_LEAD = 20;

	private static final String ELLIPSIS = "…";

	private Snippets() {
	}

	static String toHtml(String headline) {
		if (headline == null || headline.isBlank()) {
			return null;
		}
		return HtmlUtils.htmlEscape(headline.strip(), "UTF-8").replace(START, "<mark>").replace(STOP, "</mark>");
	}

	/**
	 * An extract of a Chinese text around the first place where it holds a word of the
	 * query, or its beginning, with every such word marked.
	 */
	static String chinese(String text, ChineseQuery query) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String plain = ChineseText.plain(text).replace(START, "").replace(STOP, "").strip().replaceAll("\\s+", " ");
		List<int[]> matches = matches(plain, query);
		int from = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - CHINESE_LEAD);
		int to = Math.min(plain.length(), from + CHINESE_LENGTH);
		// never half a surrogate pair
		if (from > 0 && Character.isLowSurrogate(plain.charAt(from))) {
			from--;
		}
		if (to < plain.length() && Character.isLowSurrogate(plain.charAt(to))) {
			to++;
		}
		StringBuilder extract = new StringBuilder((from > 0) ? ELLIPSIS : "");
		int at = from;
		for (int[] match : matches) {
			if (match[1] <= at || match[0] >= to) {
				continue;
			}
			int start = Math.max(match[0], at);
			int end = Math.min(match[1], to);
			extract.append(plain, at, start).append(START).append(plain, start, end).append(STOP);
			at = end;
		}
		extract.append(plain, at, to).append((to < plain.length()) ? ELLIPSIS : "");
		return toHtml(extract.toString());
	}

	/** Where the text holds the query's words, in order, overlapping ones merged. */
	private static List<int[]> matches(String text, ChineseQuery query) {
		List<int[]> found = new ArrayList<>();
		for (String run : query.han()) {
			for (int at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length())) {
				found.add(new int[] { at, at + run.length() });
			}
		}
		if (!query.others().isEmpty()) {
			for (ChineseText.Word word : ChineseText.words(text)) {
				if (!word.han() && query.others().contains(word.token())) {
					found.add(new int[] { word.start(), word.end() });
				}
			}
		}
		found.sort(Comparator.comparingInt((int[] match) -> match[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] match : found) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && match[0] < last[1]) {
				last[1] = Math.max(last[1], match[1]);
			}
			else {
				merged.add(match.clone());
			}
		}
		return merged;
	}

}
