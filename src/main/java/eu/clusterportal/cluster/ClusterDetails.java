package eu.clusterportal.cluster;

import java.math.BigDecimal;
import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * Everything an editor sets on a cluster, as one value: what a form hands over and what
 * an earlier version gives back to be restored.
 *
 * @param region {@code null}, or a region of {@code country} (the database checks that)
 * @param latitude degrees north, or {@code null}; both or neither (the database checks
 * that)
 * @param longitude degrees east, or {@code null}
 * @param locationSource where the region and the place come from, {@code null} when not
 * recorded
 * @param description Markdown, or {@code null}
 * @param sectorsSource where the sector codes come from, {@code null} when not recorded
 * @param technologyFieldsSource where the technology fields come from, {@code null} when
 * not recorded
 */
public record ClusterDetails(String slug, String name, Country country, Region region, String city, BigDecimal latitude,
		BigDecimal longitude, Provenance locationSource, String website, String description, List<Sector> sectors,
		List<TechnologyField> technologyFields, Provenance sectorsSource, Provenance technologyFieldsSource) {

	/**
	 * The same details in another region, e.g. the current state of the region an earlier
	 * version had.
	 */
	public ClusterDetails withRegion(Region other) {
		return new ClusterDetails(slug, name, country, other, city, latitude, longitude, locationSource, website,
				description, sectors, technologyFields, sectorsSource, technologyFieldsSource);
	}

}
