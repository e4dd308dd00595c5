package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryDetails;
import eu.clusterportal.country.Statistic;
import eu.clusterportal.editorial.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class KeyFactsFormatterTests {

	private static final Locale CHINESE = Language.SIMPLIFIED_CHINESE.locale();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

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

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1357000000     | 13.57亿
			1412000000     | 14.12亿
			9597000        | 959.7万
			20853000000000 | 20.85万亿
			15095          | 15,095
			999999         | 999,999
			1000000        | 100万
			0              | 0
			""")
	void countsLargeNumbersInChineseInWanAndYi(BigDecimal amount, String expected) {
		assertThat(KeyFactsFormatter.number(amount, CHINESE)).isEqualTo(expected);
	}

	@Test
	void writesTheChinaPageKeyFactsInEnglishAsBefore() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(values(format(china()))).containsExactly("Beijing", "1.357 billion", "9.597 million km\u00b2",
				"US$15,095", "US$20.853 trillion", "Chinese Yuan (CNY)");
	}

	@Test
	void writesTheChinaPageKeyFactsTheChineseWay() {
		LocaleContextHolder.setLocale(CHINESE);
		assertThat(values(format(china()))).containsExactly("Beijing", "13.57亿", "959.7万平方公里", "15,095美元", "20.85万亿美元",
				"人民币（CNY）");
	}

	private static List<KeyFact> format(Country country) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("keyfacts.unit.km2", Locale.UK, "{0} km\u00b2");
		messages.addMessage("keyfacts.unit.usd", Locale.UK, "US${0}");
		messages.addMessage("keyfacts.unit.currency", Locale.UK, "{0} ({1})");
		messages.addMessage("keyfacts.unit.currency", CHINESE, "{0}（{1}）");
		return new KeyFactsFormatter(messages).format(country);
	}

	private static List<String> values(List<KeyFact> facts) {
		return facts.stream().map(KeyFact::value).toList();
	}

	private static Country china() {
		Country china = new Country("china", "China");
		Year year = Year.of(2015);
		china.edit(new CountryDetails("China", "CN", null, "Beijing", null, Currency.getInstance("CNY"), null,
				new Statistic(new BigDecimal("1357000000"), year, null),
				new Statistic(new BigDecimal("9597000"), null, null),
				new Statistic(new BigDecimal("20853000000000"), year, null),
				new Statistic(new BigDecimal("15095"), year, null), null));
		return china;
	}

}
