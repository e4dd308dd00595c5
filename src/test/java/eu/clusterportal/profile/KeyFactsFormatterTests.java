package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFactsFormatterTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1357000000     | 1.357 billion
			9597000        | 9.597 million
			20853000000000 | 20.853 trillion
			15095          | 15,095
			999999         | 999,999
			1000000        | 1 million
			0              | 0
			""")
	void writesLargeNumbersInWordsAndSmallOnesWithDigitGrouping(BigDecimal amount, String expected) {
		assertThat(KeyFactsFormatter.number(amount, Locale.UK)).isEqualTo(expected);
	}

}
