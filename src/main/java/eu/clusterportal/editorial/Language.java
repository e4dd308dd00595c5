package eu.clusterportal.editorial;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal is written in. English is the original: every text is written
 * in English first, and a page in another language shows the English text where a
 * translation is missing. Each other language has its pages under its own path prefix
 * ({@code /zh/...}). A third language is one more constant here, its bundle
 * {@code messages_xx.properties} and the language check of migration V10's
 * {@code translations} columns.
 */
public enum Language {

	ENGLISH("en", ""),

	SIMPLIFIED_CHINESE("zh-Hans", "/zh");

	/** The language every text is first written in. */
	public static final Language ORIGINAL = ENGLISH;

	private final String tag;

	private final String pathPrefix;

	private final Locale locale;

	Language(String tag, String pathPrefix) {
		this.tag = tag;
		this.pathPrefix = pathPrefix;
		this.locale = Locale.forLanguageTag(tag);
	}

	/**
	 * The BCP 47 tag, as {@code lang} attributes, {@code hreflang} and
	 * {@code Content-Language} give it.
	 */
	public String tag() {
		return tag;
	}

	/**
	 * What the paths of its pages start with: nothing for English, {@code /zh} for
	 * Chinese.
	 */
	public String pathPrefix() {
		return pathPrefix;
	}

	public Locale locale() {
		return locale;
	}

	public boolean isOriginal() {
		return this == ORIGINAL;
	}

	/** The languages a text can be translated into. */
	public static List<Language> translations() {
		return Arrays.stream(values()).filter((language) -> !language.isOriginal()).toList();
	}

	/**
	 * The language of a tag, or {@code null}; exact tags only ({@code zh-Hans}, not
	 * {@code zh}).
	 */
	public static Optional<Language> ofTag(String tag) {
		return Arrays.stream(values()).filter((language) -> language.tag.equals(tag)).findFirst();
	}

	/**
	 * The portal's language closest to a locale: Chinese for any Chinese locale written
	 * in simplified characters ({@code zh}, {@code zh-CN}, {@code zh-SG},
	 * {@code zh-Hans}), English otherwise.
	 */
	public static Language of(Locale locale) {
		if (locale != null && "zh".equals(locale.getLanguage())) {
			String script = locale.getScript();
			String country = locale.getCountry();
			boolean traditional = "Hant".equals(script)
					|| (script.isEmpty() && List.of("TW", "HK", "MO").contains(country));
			if (!traditional) {
				return SIMPLIFIED_CHINESE;
			}
		}
		return ENGLISH;
	}

}
