package eu.clusterportal.country;

/**
 * A line of the country list.
 *
 * @param isoCode ISO 3166-1 alpha-2, or {@code null}
 */
public record CountrySummary(String slug, String name, String isoCode, boolean hasProfile, long partnershipCount) {
}
