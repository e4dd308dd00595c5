package eu.clusterportal.profile;

import java.util.List;

import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a country page shows, loaded in one read-only transaction.
 *
 * @param clusterTexts the descriptions of the regions and clusters in {@code clusters}
 * @param clusterMap the country's map with its clusters, {@link ClusterMap#NONE} if none
 */
public record CountryProfile(Country country, List<KeyFact> keyFacts, List<SectionView> sections,
		ClusterLandscape clusters, LandscapeTexts clusterTexts, ClusterMap clusterMap, CountryContent content,
		Partnerships partnerships) {

	/**
	 * The first partnerships that target the country, in the table's order.
	 *
	 * @param total how many partnerships target the country in all
	 */
	public record Partnerships(List<Partnership> rows, long total) {

		/** Whether the table leaves out some partnerships. */
		public boolean isCapped() {
			return rows.size() < total;
		}

	}

}
