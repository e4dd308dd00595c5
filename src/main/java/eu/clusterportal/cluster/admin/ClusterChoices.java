package eu.clusterportal.cluster.admin;

import java.util.List;

import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/** What a cluster's country, region, sectors and technology fields can be chosen from. */
record ClusterChoices(List<CountrySummary> countries, List<RegionChoice> regions, List<Sector> sectors,
		List<TechnologyField> technologyFields) {

	/**
	 * A region to choose, labelled with its country as regions of two countries may share
	 * a name.
	 */
	record RegionChoice(String slug, String label) {
	}

}
