package eu.clusterportal.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The cluster directory as CSV (RFC 4180: commas, double quotes, CRLF line ends), one row per
 * cluster under a header row. A cell with several terms lists them as "code name", separated
 * by "; ". A cell that a spreadsheet would read as a formula gets a leading apostrophe.
 */
public final class ClusterCsvExport {

	/** The columns, in order. */
	public static final List<String> HEADERS = List.of("Name", "City", "Region", "Country", "Sectors",
			"Technology fields", "Website");

	/** How the terms of one cell are separated. */
	public static final String TERM_SEPARATOR = "; ";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader(HEADERS.toArray(String[]::new))
		.get();

	private ClusterCsvExport() {
	}

	public static String toCsv(List<Cluster> clusters) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (Cluster cluster : clusters) {
				printer.printRecord(row(cluster).stream().map(ClusterCsvExport::cell).toList());
			}
		}
		catch (IOException ex) {
			// A StringWriter does not fail.
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static List<String> row(Cluster cluster) {
		return List.of(cluster.getName(), orEmpty(cluster.getCity()),
				(cluster.getRegion() != null) ? cluster.getRegion().getName() : "", cluster.getCountry().getName(),
				terms(cluster.getSectors()), terms(cluster.getTechnologyFields()), orEmpty(cluster.getWebsite()));
	}

	/** Keeps a spreadsheet from running a cell as a formula ("CSV injection"). */
	static String cell(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static String terms(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().map((t) -> t.getCode() + " " + t.getName()).collect(Collectors.joining(TERM_SEPARATOR));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
