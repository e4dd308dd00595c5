package eu.clusterportal.country;

import java.time.LocalDate;
import java.util.Currency;

import eu.clusterportal.editorial.Provenance;

/**
 * A country's name, introduction and key facts as an editor sets them, as one value: what
 * a form hands over and what an earlier version gives back to be restored. A {@code null}
 * statistic or text means the fact is not known.
 *
 * @param isoCode ISO 3166-1 alpha-2, naming the country's outline on the maps, or
 * {@code null}
 * @param capitalSource where the capital comes from, {@code null} when not recorded
 * @param currencySource where the currency comes from, {@code null} when not recorded
 * @param introduction the profile's introduction; {@code null} means no written profile
 * @param reviewedOn when an editor last checked the profile against its sources, or
 * {@code null}
 */
public record CountryDetails(String name, String isoCode, String introduction, String capital, Provenance capitalSource,
		Currency currency, Provenance currencySource, Statistic population, Statistic areaKm2, Statistic gdpUsd,
		Statistic gdpPerCapitaUsd, LocalDate reviewedOn) {
}
