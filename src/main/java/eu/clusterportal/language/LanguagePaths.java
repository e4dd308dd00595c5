package eu.clusterportal.language;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

import eu.clusterportal.editorial.Language;

/** Which language an address or a tag names. */
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

	/**
	 * The portal's language a language tag names, as browsers and links write them:
	 * {@code zh-CN}, {@code zh-Hans} and {@code zh} are Chinese, {@code en-GB} is
	 * English; none for another language ({@code fr}, traditional Chinese) or no tag.
	 */
	static Optional<Language> languageOfTag(String tag) {
		Locale locale;
		try {
			locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
		Language language = Language.of(locale);
		return language.locale().getLanguage().equals(locale.getLanguage()) ? Optional.of(language) : Optional.empty();
	}

	/** Whether the path is the prefix or starts with it followed by a slash. */
	static boolean startsWithSegment(String path, String prefix) {
		return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
	}

}
