package eu.clusterportal.directory;

import java.io.Flushable;
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
 * apostrophe, so that no editor's text runs as one ("CSV injection"). Rows go out as they
 * are written, so an export of any size needs no more memory than one row.
 */
final class CsvWriter implements Flushable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	/** Starts a CSV file on the given output with its header row. */
	CsvWriter(Appendable out, List<String> header) {
		try {
			this.printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String write(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		CsvWriter csv = new CsvWriter(out, header);
		rows.forEach(csv::row);
		return out.toString();
	}

	void row(List<?> cells) {
		try {
			printer.printRecord(cells.stream().map(CsvWriter::cell).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void flush() throws IOException {
		printer.flush();
	}

	private static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
