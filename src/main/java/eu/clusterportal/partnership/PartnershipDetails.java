package eu.clusterportal.partnership;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * Everything an editor sets on a partnership, as one value: what a form hands over and
 * what an earlier version gives back to be restored.
 *
 * @param description Markdown, or {@code null}
 * @param descriptionSource where the name and description come from, {@code null} when
 * not recorded
 * @param figuresSource where the SME and partner counts come from; this and the other
 * sources are {@code null} when not recorded
 */
public record PartnershipDetails(String acronym, String name, String description, Provenance descriptionSource,
		Integer smesInvolved, Integer partners, List<TechnologyField> technologyFields, List<Sector> sectors,
		List<Country> targetCountries, List<Cluster> members, Provenance figuresSource,
		Provenance technologyFieldsSource, Provenance sectorsSource, Provenance targetCountriesSource) {
}
