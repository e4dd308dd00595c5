package eu.clusterportal.cluster;

import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.TranslationsJson;

/**
 * A cluster among the last added, with the number of clusters in all.
 *
 * @param city {@code null} when not known
 * @param translations its translations as JSON ({@link TranslationsJson})
 * @param countryTranslations its country's
 * @param countryIsoCode its country's ISO 3166-1 alpha-2, or {@code null}
 */
public record RecentCluster(String slug, String name, String city, String countryName, long clustersInAll,
		String translations, String countryTranslations, String countryIsoCode) {

	/** Its name in a language, or else in English. */
	public LocalizedText name(Language language) {
		return TranslationsJson.read(translations).text("name", name, language, false);
	}

	/** Its city in a language, or else in English; {@code null} when not known. */
	public LocalizedText city(Language language) {
		return (city != null) ? TranslationsJson.read(translations).text("city", city, language, false) : null;
	}

	/** Its country's name in a language ({@link CountryNames}). */
	public LocalizedText countryName(Language language) {
		return CountryNames.text(countryIsoCode, countryName, TranslationsJson.read(countryTranslations), language,
				false);
	}

}
