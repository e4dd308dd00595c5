package eu.clusterportal.directory;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.taxonomy.TaxonomyTerm;

/**
 * The cluster directory as CSV ({@link CsvWriter}), one row per cluster under a header
 * row. A cell with several terms lists them as "code name", separated by "; ".
 */
public final class ClusterCsvExport {

	/** The columns, in order. */
	public static final List<String> HEADERS = List.of("Name", "City", "Region", "Country", "Sectors",
			"Technology fields", "Website");

	/** How the terms of one cell are separated. */
	public static final String TERM_SEPARATOR = "; ";

	private ClusterCsvExport() {
	}

	public static String toCsv(List<Cluster> clusters) {
		return CsvWriter.write(HEADERS, clusters.stream().map(ClusterCsvExport::row).toList());
	}

	static List<String> row(Cluster cluster) {
		return List.of(cluster.getName(), orEmpty(cluster.getCity()),
				(cluster.getRegion() != null) ? cluster.getRegion().getName() : "", cluster.getCountry().getName(),
				terms(cluster.getSectors()), terms(cluster.getTechnologyFields()), orEmpty(cluster.getWebsite()));
	}

	private static String terms(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().map((t) -> t.getCode() + " " + t.getName()).collect(Collectors.joining(TERM_SEPARATOR));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
