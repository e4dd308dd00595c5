package eu.clusterportal.directory;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV export of the portal: RFC 4180 (commas, double quotes, CRLF line ends)
 * under a header row, an empty cell for nothing. A cell that a spreadsheet would read as
 * a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so that no editor's text runs as one ("CSV injection").
 */
final class CsvWriter {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvWriter() {
	}

	static String write(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvWriter::cell).toList());
			}
		}
		catch (IOException ex) {
			// A StringWriter does not fail.
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
