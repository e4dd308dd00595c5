package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-            | 0
			1            | 0
			2            | 1
			'  3 '       | 2
			007          | 6
			0            | 0
			-3           | 0
			abc          | 0
			1.5          | 0
			+2           | 0
			''           | 0
			999          | 998
			100001       | 100000
			2147483647   | 100000
			99999999999999999999999 | 100000
			1e309        | 0
			""")
	void readsThePageNumberAsPeopleCountAndNeverFails(String page, int index) {
		assertThat(PageNumber.index(page)).isEqualTo(index);
	}

}
