package eu.clusterportal.partnership.admin;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * What a partnership's technology fields, sectors, targeted countries and member clusters
 * can be chosen from.
 */
record PartnershipChoices(List<TechnologyField> technologyFields, List<Sector> sectors, List<CountrySummary> countries,
		List<Cluster> clusters) {
}
