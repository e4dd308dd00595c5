package eu.clusterportal.directory;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens a CSV file the way a spreadsheet whose list separator is a semicolon does (German
 * or French Excel): a semicolon separates cells, a quote is special only where a cell
 * starts, and what follows a closing quote belongs to the cell up to the next semicolon.
 */
final class SemicolonSpreadsheet {

	private static final CSVFormat SEMICOLONS = CSVFormat.RFC4180.builder()
		.setDelimiter(';')
		.setTrailingData(true)
		.setLenientEof(true)
		.get();

	private SemicolonSpreadsheet() {
	}

	/** The cells of the file that such a spreadsheet would compute. */
	static List<String> formulaCells(String csv) throws IOException {
		try (CSVParser parser = SEMICOLONS.parse(new StringReader(csv))) {
			return parser.getRecords()
				.stream()
				.map(CSVRecord::toList)
				.flatMap(List::stream)
				.filter(SemicolonSpreadsheet::isFormula)
				.toList();
		}
	}

	// A spreadsheet may trim spaces, tabs, line breaks and quotes and read compatibility
	// forms (＝) as their plain ones.
	private static boolean isFormula(String cell) {
		String plain = Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceFirst("^[\\s\"]+", "");
		return !plain.isEmpty() && "=+-@".indexOf(plain.charAt(0)) >= 0;
	}

}
