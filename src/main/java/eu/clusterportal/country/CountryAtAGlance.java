package eu.clusterportal.country;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.TranslationsJson;

/**
 * A country with its key numbers, as the front page's cards show it, and the number of
 * countries in all.
 *
 * @param partnershipCount the partnerships that target it
 * @param clusterCount the clusters in it
 * @param countriesInAll every country, not only those listed
 * @param translations its translations as JSON ({@link TranslationsJson})
 * @param isoCode ISO 3166-1 alpha-2, or {@code null}
 */
public record CountryAtAGlance(String slug, String name, boolean hasProfile, long partnershipCount, long clusterCount,
		long countriesInAll, String translations, String isoCode) {

	/** Its name in a language ({@link CountryNames}). */
	public LocalizedText name(Language language) {
		return CountryNames.text(isoCode, name, TranslationsJson.read(translations), language, false);
	}

}
