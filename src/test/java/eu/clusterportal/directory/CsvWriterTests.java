package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "＋1", "－2+3", "＠SUM(A1)",
			"﹦1+1", " =1+1", "\u3000＝1+1", "\"=1+1\"" })
	void guardsEveryCellThatASpreadsheetWouldReadAsAFormula(String value) throws Exception {
		String csv = CsvWriter.write(List.of("A", "B"), List.of(List.of(value, "plain")));
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			assertThat(parser.getRecords().get(1).toList()).containsExactly("'" + value, "plain");
		}
		assertThat(SemicolonSpreadsheet.formulaCells(csv)).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("cellsWithPieces")
	void guardsEveryPieceASemicolonSpreadsheetCouldSplitACellInto(String value, String written) throws Exception {
		String csv = CsvWriter.write(List.of("A", "B", "C"),
				List.of(List.of(value, value, ""), List.of("", value, value)));
		assertThat(SemicolonSpreadsheet.formulaCells(csv)).isEmpty();
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			assertThat(parser.getRecords().get(1).toList()).containsExactly(written, written, "");
		}
	}

	static Stream<Arguments> cellsWithPieces() {
		return Stream.of(arguments("Acme;=1+1;x", "Acme;'=1+1;x"),
				arguments("Lyon;=cmd|' /C calc'!A0;", "Lyon;'=cmd|' /C calc'!A0;"), arguments("a;＝1", "a;'＝1"),
				arguments("a; \"@x", "a;' \"@x"), arguments("a\n=1", "a\n'=1"), arguments("a\r\n+1", "a\r\n'+1"),
				arguments("a;\t1", "a;'\t1"), arguments("x;", "x;"), arguments(";-1", ";'-1"));
	}

	@Test
	void leavesOrdinaryTextAsItIs() throws Exception {
		List<String> cells = List.of("Wuxi; Suzhou", "C27 Manufacture; D35 Supply", "China\nJapan", "Rhône-Alpes",
				"e-mail", "“Quoted”", "１２３");
		String csv = CsvWriter.write(List.of("A", "B", "C", "D", "E", "F", "G"), List.of(cells));
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			assertThat(parser.getRecords().get(1).toList()).containsExactlyElementsOf(cells);
		}
	}

	@Test
	void writesRfc4180WithEveryCellQuotedAndEmptyCellsForNothing() {
		assertThat(CsvWriter.write(List.of("Name", "Count"), List.of(Arrays.asList("a, \"b\"", null), List.of("c", 3))))
			.isEqualTo("\"Name\",\"Count\"\r\n\"a, \"\"b\"\"\",\"\"\r\n\"c\",\"3\"\r\n");
	}

}
