package eu.clusterportal.cluster.admin;

import java.math.BigDecimal;
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
 * @param location city (if any), region (if any), country and place (if any)
 */
record ClusterSnapshot(String name, String slug, List<String> location, List<String> sectors,
		List<String> technologyFields) {

	static ClusterSnapshot of(Cluster cluster) {
		String region = (cluster.getRegion() != null) ? cluster.getRegion().getName() : null;
		return new ClusterSnapshot(cluster.getName(), cluster.getSlug(),
				Stream.of(cluster.getCity(), region, cluster.getCountry().getName(), place(cluster))
					.filter(Objects::nonNull)
					.toList(),
				codes(cluster.getSectors()), codes(cluster.getTechnologyFields()));
	}

	/** Degrees as on a map, e.g. 31.49° N 120.31° E, or {@code null}. */
	static String place(Cluster cluster) {
		if (cluster.getLatitude() == null || cluster.getLongitude() == null) {
			return null;
		}
		return degrees(cluster.getLatitude(), "N", "S") + " " + degrees(cluster.getLongitude(), "E", "W");
	}

	private static String degrees(BigDecimal value, String positive, String negative) {
		BigDecimal plain = value.abs().stripTrailingZeros();
		return ((plain.scale() < 0) ? plain.setScale(0) : plain).toPlainString() + "° "
				+ ((value.signum() < 0) ? negative : positive);
	}

	// A saved version's terms come in no particular order.
	private static List<String> codes(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getCode).sorted().toList();
	}

}
