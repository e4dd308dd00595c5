package eu.clusterportal.directory;

import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes every CSV export of the portal: RFC 4180 (commas, double quotes, CRLF line ends)
 * under a header row, every cell quoted, an empty cell for nothing. Rows go out as they
 * are written, so an export of any size needs no more memory than one row.
 * <p>
 * No editor's text may run as a formula in a spreadsheet ("CSV injection"). A spreadsheet
 * whose list separator is a semicolon (German or French Excel) may split a cell at its
 * semicolons and line breaks whatever the quotes, so every piece a cell may start, the
 * cell's start and each place after a semicolon or a line break, gets a leading
 * apostrophe when it would begin with =, +, -, @, a tab or a carriage return, also in a
 * compatibility form such as a fullwidth ＝ (Unicode NFKC), also after spaces or quotes.
 */
final class CsvWriter implements Flushable {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final String PIECE_SEPARATORS = ";\n\r";

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVPrinter printer;

	/** Starts a CSV file on the given output with its header row. */
	CsvWriter(Appendable out, List<String> header) {
		try {
			this.printer = new CSVPrinter(out,
					CSVFormat.RFC4180.builder()
						.setQuoteMode(QuoteMode.ALL)
						.setHeader(header.toArray(String[]::new))
						.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts a CSV file for download: a UTF-8 byte order mark first, without which
	 * spreadsheet programs read the file in the system's code page and garble Chinese
	 * (and any non-Latin) text.
	 */
	static CsvWriter download(Appendable out, List<String> header) {
		try {
			out.append(BYTE_ORDER_MARK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CsvWriter(out, header);
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
		StringBuilder guarded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (startsPiece(text, i) && startsFormula(text, i)) {
				guarded.append('\'');
			}
			guarded.append(text.charAt(i));
		}
		return guarded.toString();
	}

	// A line break or semicolon after a separator starts no piece of its own.
	private static boolean startsPiece(String text, int index) {
		return index == 0 || (PIECE_SEPARATORS.indexOf(text.charAt(index - 1)) >= 0
				&& PIECE_SEPARATORS.indexOf(text.charAt(index)) < 0);
	}

	// Whether the piece of text from the given index on would be read as a formula.
	private static boolean startsFormula(String text, int start) {
		for (int i = start; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int codePoint = text.codePointAt(i);
			String normal = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
			if (FORMULA_STARTS.indexOf(normal.charAt(0)) >= 0 || FORMULA_STARTS.indexOf(codePoint) >= 0) {
				return true;
			}
			if (codePoint != '"' && !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
				return false;
			}
		}
		return false;
	}

}
