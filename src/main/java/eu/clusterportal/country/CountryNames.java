package eu.clusterportal.country;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.util.ULocale;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Translations;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country names as the page's language writes them. English pages show the stored name,
 * which editors choose; other languages take CLDR's name of the country's ISO code (中国,
 * 德国, and 台湾 for TW, as the EU's own Chinese-language texts name it), or the stored name
 * when the country has no code. Templates:
 * {@code th:text="${@countryNames.of(country)}"}.
 */
@Component("countryNames")
public class CountryNames {

	/** The name of a country on a page in {@code language}. */
	public static String in(Language language, String isoCode, String name) {
		if (language.isOriginal() || isoCode == null) {
			return name;
		}
		String cldr = new ULocale("", isoCode, "").getDisplayCountry(ULocale.forLocale(language.locale()));
		// CLDR answers with the code itself for a code it does not know.
		return (cldr.isEmpty() || cldr.equalsIgnoreCase(isoCode)) ? name : cldr;
	}

	/**
	 * A country's name as a text of a page in {@code language}: CLDR's name when it has
	 * one; otherwise the name's translation (published, or a draft too when
	 * {@code drafts}), or else the stored name, marked as not translated.
	 */
	public static LocalizedText text(Country country, Language language, boolean drafts) {
		if (language.isOriginal()) {
			return LocalizedText.original(country.getName());
		}
		return text(country.getIsoCode(), country.getName(), country.getTranslations(), language, drafts);
	}

	/**
	 * A country's name as a text of a page in {@code language}, from its columns, for
	 * queries that do not load the entity.
	 */
	public static LocalizedText text(String isoCode, String name, Translations translations, Language language,
			boolean drafts) {
		String cldr = in(language, isoCode, name);
		if (!language.isOriginal() && !cldr.equals(name)) {
			return new LocalizedText(cldr, language, false);
		}
		return translations.text("name", name, language, drafts);
	}

	/**
	 * Countries in the order of their names on the page: as given in English, by their
	 * names in the page's language otherwise (pinyin order in Chinese).
	 */
	public List<Country> sorted(Collection<Country> countries) {
		return sorted(countries, language());
	}

	/**
	 * Countries in the order of their names in {@code language}; in English as given.
	 */
	public static List<Country> sorted(Collection<Country> countries, Language language) {
		if (language.isOriginal()) {
			return List.copyOf(countries);
		}
		return countries.stream()
			.sorted(NameOrder.by(language, (country) -> in(language, country.getIsoCode(), country.getName())))
			.toList();
	}

	public String of(Country country) {
		return in(language(), country.getIsoCode(), country.getName());
	}

	public String of(CountrySummary country) {
		return in(language(), country.isoCode(), country.name());
	}

	private static Language language() {
		Locale locale = LocaleContextHolder.getLocale();
		return Language.of(locale);
	}

}
