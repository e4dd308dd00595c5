package eu.clusterportal.cluster.admin;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.taxonomy.TaxonomyTerm;

/**
 * What the history of a cluster shows of one saved version, read while its revision can
 * still be loaded.
 *
 * @param location city (if any), region (if any) and country
 */
record ClusterSnapshot(String name, String slug, List<String> location, List<String> sectors,
		List<String> technologyFields) {

	static ClusterSnapshot of(Cluster cluster) {
		String region = (cluster.getRegion() != null) ? cluster.getRegion().getName() : null;
		return new ClusterSnapshot(cluster.getName(), cluster.getSlug(),
				Stream.of(cluster.getCity(), region, cluster.getCountry().getName()).filter(Objects::nonNull).toList(),
				codes(cluster.getSectors()), codes(cluster.getTechnologyFields()));
	}

	// A saved version's terms come in no particular order.
	private static List<String> codes(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getCode).sorted().toList();
	}

}
