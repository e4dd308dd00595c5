package eu.clusterportal.search;

/**
 * What someone typed into the search box, made safe to search for: control characters
 * (PostgreSQL rejects NUL) become spaces, and the text is cut to at most
 * {@link #MAX_LENGTH} characters, before the word that would be cut in two.
 *
 * @param text the text to search for, stripped; blank when there is nothing to search for
 * @param shortened whether the input was longer than {@link #MAX_LENGTH} and has been cut
 */
public record SearchTerms(String text, boolean shortened) {

	public static final int MAX_LENGTH = 200;

	public static SearchTerms of(String input) {
		String text = (input != null) ? input.replaceAll("\\p{Cntrl}", " ").strip() : "";
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return new SearchTerms(text, false);
		}
		int end = text.offsetByCodePoints(0, MAX_LENGTH);
		int lastSpace = text.lastIndexOf(' ', end);
		// A word cut in two would be searched for as another word.
		if (!Character.isWhitespace(text.codePointAt(end)) && lastSpace > 0) {
			end = lastSpace;
		}
		return new SearchTerms(text.substring(0, end).strip(), true);
	}

	/**
	 * The longest search, in characters; a page that says the search was cut quotes it.
	 */
	public int maxLength() {
		return MAX_LENGTH;
	}

	public boolean isBlank() {
		return text.isEmpty();
	}

}
