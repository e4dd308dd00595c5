package eu.clusterportal.organisation.membership;

import java.util.List;

import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * What a profile's type, country, region, sectors and technology fields are chosen from.
 */
public record ProfileChoices(List<OrganisationType> types, List<CountrySummary> countries, List<Region> regions,
		List<Sector> sectors, List<TechnologyField> technologyFields) {

}
