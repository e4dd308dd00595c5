package eu.clusterportal.web;

import java.util.Optional;
import java.util.function.Function;

/**
 * Text from a URL, a parameter or a path segment, that names something stored: a slug, an
 * acronym, a code.
 */
public final class TextParameter {

	private TextParameter() {
	}

	/**
	 * Whether the text can name anything at all. Text with control characters never does,
	 * so it is an unknown value without asking the database (PostgreSQL refuses NUL in
	 * text).
	 */
	public static boolean canName(String text) {
		return text != null && !text.isEmpty() && text.codePoints().noneMatch(Character::isISOControl);
	}

	/**
	 * What the text names, looked up only when it {@linkplain #canName can name}
	 * anything.
	 */
	public static <T> Optional<T> find(String text, Function<String, Optional<T>> lookup) {
		return canName(text) ? lookup.apply(text) : Optional.empty();
	}

}
