package eu.clusterportal.country;

/** A line of the country list. */
public record CountrySummary(String slug, String name, boolean hasProfile, long partnershipCount) {
}
