package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void guardsEveryCellThatASpreadsheetWouldReadAsAFormula(String value) throws Exception {
		String csv = CsvWriter.write(List.of("A", "B"), List.of(List.of(value, "plain")));
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			assertThat(parser.getRecords().get(1).toList()).containsExactly("'" + value, "plain");
		}
	}

	@Test
	void writesRfc4180WithEmptyCellsForNothing() {
		assertThat(CsvWriter.write(List.of("Name", "Count"), List.of(Arrays.asList("a, \"b\"", null), List.of("c", 3))))
			.isEqualTo("Name,Count\r\n\"a, \"\"b\"\"\",\r\nc,3\r\n");
	}

}
