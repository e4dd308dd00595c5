package eu.clusterportal.organisation;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * Everything an editor sets on an organisation, as one value: what a form hands over and
 * what an earlier version gives back to be restored.
 *
 * @param typeSource where the type comes from, {@code null} when not recorded
 * @param region {@code null}, or a region of {@code country} (the database checks that)
 * @param placeSource where region and city come from, {@code null} when not recorded
 * @param website an http or https address, or {@code null}
 * @param websiteSource where the website comes from, {@code null} when not recorded
 * @param contact a public web form or e-mail address, never a person's, or {@code null}
 * @param description Markdown, or {@code null}
 * @param offersHelp whether it is one of the bodies of the "who can help" view
 * @param sectorsSource where the sectors come from, {@code null} when not recorded
 * @param clusters the clusters it runs, all in {@code country}
 */
public record OrganisationDetails(String slug, String name, OrganisationType type, Provenance typeSource,
		Country country, Region region, String city, Provenance placeSource, String website, Provenance websiteSource,
		String contact, String description, boolean offersHelp, List<Sector> sectors, Provenance sectorsSource,
		List<TechnologyField> technologyFields, List<Cluster> clusters) {

}
