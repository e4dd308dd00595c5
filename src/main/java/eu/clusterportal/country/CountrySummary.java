package eu.clusterportal.country;

import java.util.List;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;

/**
 * A line of the country list.
 *
 * @param isoCode ISO 3166-1 alpha-2, or {@code null}
 */
public record CountrySummary(String slug, String name, String isoCode, boolean hasProfile, long partnershipCount) {

	/** This line with the country's name in {@code language} ({@link CountryNames}). */
	public CountrySummary in(Language language) {
		return new CountrySummary(slug, CountryNames.in(language, isoCode, name), isoCode, hasProfile,
				partnershipCount);
	}

	/**
	 * Lines named and sorted in {@code language}; in English as they are, in the
	 * database's order.
	 */
	public static List<CountrySummary> inLanguage(List<CountrySummary> summaries, Language language) {
		if (language.isOriginal()) {
			return summaries;
		}
		return summaries.stream()
			.map((summary) -> summary.in(language))
			.sorted(NameOrder.by(language, CountrySummary::name))
			.toList();
	}

}
