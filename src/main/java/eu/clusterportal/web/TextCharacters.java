package eu.clusterportal.web;

/**
 * Which control characters a typed text may hold: none in a line, and only line breaks
 * and tabs in a longer text. Others are not typed by people and hide or turn round what
 * is shown.
 */
public final class TextCharacters {

	private TextCharacters() {
	}

	public static boolean isCleanLine(String text) {
		return text == null || text.chars().noneMatch(TextCharacters::isControl);
	}

	public static boolean isCleanText(String text) {
		return text == null || text.chars().noneMatch((c) -> isControl(c) && c != '\n' && c != '\r' && c != '\t');
	}

	/**
	 * C0 and C1 controls, and the direction overrides that make a text read otherwise.
	 */
	private static boolean isControl(int c) {
		return Character.getType(c) == Character.CONTROL || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069');
	}

}
