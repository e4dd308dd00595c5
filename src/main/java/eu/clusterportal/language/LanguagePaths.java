package eu.clusterportal.language;

import eu.clusterportal.editorial.Language;

/** Which language an address is in: the one whose path prefix it starts with. */
final class LanguagePaths {

	private LanguagePaths() {
	}

	/**
	 * The language of a path within the portal: {@code /zh} and {@code /zh/...} are
	 * Chinese, everything else English ({@code /zhx} too).
	 */
	static Language languageOf(String path) {
		for (Language language : Language.translations()) {
			if (startsWithSegment(path, language.pathPrefix())) {
				return language;
			}
		}
		return Language.ORIGINAL;
	}

	/** Whether the path is the prefix or starts with it followed by a slash. */
	static boolean startsWithSegment(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

}
