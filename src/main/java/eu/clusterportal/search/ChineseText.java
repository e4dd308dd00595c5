package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * Chinese text as the search sees it. PostgreSQL's parsers do not split Chinese into
 * words, so the portal does it here with ICU's dictionary-based word segmentation and
 * writes the result as a {@code tsvector} of the {@code simple} kind. The dictionary
 * knows common words (汽车, 产业) but splits names it does not know into characters (中关村
 * becomes 中, 关, 村), and two segmentations of the same characters may differ with their
 * neighbours, so every Han character is a token of its own as well, at its own position:
 * a query for a run of characters matches them as a phrase ({@code '中' <-> '关' <-> '村'}),
 * which finds every text that holds the run, however the dictionary split it, and a query
 * for one character finds every word that holds it. Words the dictionary does find are
 * tokens too, at the position of their first character, so that a text where the query is
 * a word of its own ranks above one where the characters only meet (上海关于 holds 海关). Other
 * words (5G, ESCP, TORCH) are tokens as they are, in Unicode case folding and
 * compatibility form (Ｇ is G).
 */
final class ChineseText {

	/** A segment of a text that is a word, with where it lies in the text. */
	record Word(int start, int end, String token, boolean han) {
	}

	/** A text to index with the weight ({@code A} to {@code D}) of the field it is. */
	record Weighted(String text, char weight) {
	}

	// PostgreSQL's limits: positions up to 16383, 256 positions a lexeme, 2 KB a lexeme.
	private static final int MAX_POSITION = 16383;

	private static final int MAX_POSITIONS = 256;

	private static final int MAX_TOKEN_LENGTH = 100;

	private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^]]*)\\]\\([^)]*\\)");

	private static final Pattern MARKDOWN_MARKS = Pattern.compile("(?m)^\\s*(#+|>|[-*+])\\s+|[*_`]+");

	private ChineseText() {
	}

	/** The words of a text in order; spaces and punctuation are none. */
	static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return words;
		}
		BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
		breaks.setText(text);
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			if (breaks.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
				String segment = text.substring(start, end);
				words.add(new Word(start, end, FOLD.normalize(segment), isHan(segment)));
			}
		}
		return words;
	}

	/**
	 * The text of Markdown as a reader sees it: link texts without their targets, no
	 * heading, list or emphasis marks (as the snippets of the English search).
	 */
	static String plain(String markdown) {
		if (markdown == null) {
			return null;
		}
		return MARKDOWN_MARKS.matcher(MARKDOWN_LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
	}

	/**
	 * The {@code tsvector} of some texts, in PostgreSQL's text form; empty when they hold
	 * no word. The texts follow one another with a gap, so that no phrase runs from one
	 * field into the next.
	 */
	static String vector(List<Weighted> texts) {
		Map<String, TreeMap<Integer, Character>> lexemes = new TreeMap<>();
		int position = 1;
		for (Weighted text : texts) {
			int previousEnd = -1;
			for (Word word : words(plain(text.text()))) {
				// a space or punctuation between two words keeps them apart
				if (previousEnd >= 0 && word.start() > previousEnd) {
					position++;
				}
				previousEnd = word.end();
				if (word.token().length() <= MAX_TOKEN_LENGTH) {
					add(lexemes, word.token(), position, text.weight());
				}
				if (!word.han()) {
					position++;
					continue;
				}
				int count = word.token().codePointCount(0, word.token().length());
				if (count > 1) {
					int at = position;
					for (int cp : word.token().codePoints().toArray()) {
						add(lexemes, Character.toString(cp), at++, text.weight());
					}
				}
				position += count;
			}
			position += 2;
		}
		StringBuilder vector = new StringBuilder();
		lexemes.forEach((lexeme, positions) -> {
			if (!vector.isEmpty()) {
				vector.append(' ');
			}
			vector.append(quote(lexeme)).append(':');
			StringBuilder list = new StringBuilder();
			positions.forEach((at, weight) -> {
				if (!list.isEmpty()) {
					list.append(',');
				}
				list.append(at).append((weight == 'D') ? "" : String.valueOf(weight));
			});
			vector.append(list);
		});
		return vector.toString();
	}

	private static void add(Map<String, TreeMap<Integer, Character>> lexemes, String lexeme, int position,
			char weight) {
		TreeMap<Integer, Character> positions = lexemes.computeIfAbsent(lexeme, (l) -> new TreeMap<>());
		int at = Math.min(position, MAX_POSITION);
		if (positions.size() < MAX_POSITIONS) {
			positions.putIfAbsent(at, weight);
		}
	}

	/** A lexeme quoted for the text form of {@code tsvector} and {@code tsquery}. */
	static String quote(String lexeme) {
		return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	static boolean isHan(String text) {
		return !text.isEmpty() && text.codePoints().allMatch((cp) -> UScript.getScript(cp) == UScript.HAN);
	}

}
