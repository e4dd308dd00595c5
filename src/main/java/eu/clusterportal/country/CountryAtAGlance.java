package eu.clusterportal.country;

/**
 * A country with its key numbers, as the front page's cards show it, and the number of
 * countries in all.
 *
 * @param partnershipCount the partnerships that target it
 * @param clusterCount the clusters in it
 * @param countriesInAll every country, not only those listed
 */
public record CountryAtAGlance(String slug, String name, boolean hasProfile, long partnershipCount, long clusterCount,
		long countriesInAll) {
}
