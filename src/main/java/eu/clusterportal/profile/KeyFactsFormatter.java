package eu.clusterportal.profile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.Statistic;
import eu.clusterportal.editorial.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats a country's typed key facts for people: large numbers in words, smaller ones
 * with digit grouping. English keeps the portal's own style ("1.357 billion",
 * "US$15,095", units from the message bundle); other languages follow CLDR's compact
 * numbers and units, which in Chinese count in 万 and 亿 ("13.57亿", "959.7万平方公里",
 * "20.85万亿美元").
 */
@Component
class KeyFactsFormatter {

	/** From here on, numbers read better in words than in digits. */
	private static final BigDecimal WORDS_FROM = BigDecimal.valueOf(1_000_000);

	/**
	 * Chinese statistics give two decimals of 万 and 亿 (13.57亿); as many as English gives
	 * of million and billion would suggest more precision than the sources have.
	 */
	private static final int CLDR_FRACTION_DIGITS = 2;

	private static final MeasureUnit US_DOLLARS = Currency.getInstance("USD");

	private final MessageSource messages;

	KeyFactsFormatter(MessageSource messages) {
		this.messages = messages;
	}

	List<KeyFact> format(Country country) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean english = Language.of(locale).isOriginal();
		List<KeyFact> facts = new ArrayList<>();
		if (country.getCapital() != null) {
			facts.add(new KeyFact("keyfacts.capital", country.getCapital(), null, country.getCapitalSource()));
		}
		addStatistic(facts, "keyfacts.population", country.getPopulation(), (n) -> number(n, locale));
		addStatistic(facts, "keyfacts.area", country.getAreaKm2(),
				(n) -> english ? message("keyfacts.unit.km2", locale, number(n, locale))
						: measure(n, MeasureUnit.SQUARE_KILOMETER, locale));
		addStatistic(facts, "keyfacts.gdp-per-capita", country.getGdpPerCapitaUsd(), (n) -> english
				? message("keyfacts.unit.usd", locale, number(n, locale)) : measure(n, US_DOLLARS, locale));
		addStatistic(facts, "keyfacts.gdp", country.getGdpUsd(), (n) -> english
				? message("keyfacts.unit.usd", locale, number(n, locale)) : measure(n, US_DOLLARS, locale));
		if (country.getCurrency() != null) {
			facts.add(new KeyFact(
					"keyfacts.currency", message("keyfacts.unit.currency", locale,
							currencyName(country.getCurrency(), locale), country.getCurrency().getCurrencyCode()),
					null, country.getCurrencySource()));
		}
		return facts;
	}

	private static void addStatistic(List<KeyFact> facts, String label, Statistic statistic,
			Function<BigDecimal, String> format) {
		if (statistic != null) {
			facts.add(new KeyFact(label, format.apply(statistic.amount()), statistic.referenceYear(),
					statistic.provenance()));
		}
	}

	/** A number without a unit: "1.357 billion" in English, "13.57亿" in Chinese. */
	static String number(BigDecimal amount, Locale locale) {
		if (!Language.of(locale).isOriginal()) {
			return measure(amount, null, locale);
		}
		if (amount.abs().compareTo(WORDS_FROM) < 0) {
			return NumberFormat.getNumberInstance(locale).format(amount);
		}
		NumberFormat words = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
		words.setMaximumFractionDigits(3);
		// The JDK's compact format ignores the fraction digits for BigDecimal; a double
		// is exact enough for figures rounded to three decimals.
		return words.format(amount.doubleValue());
	}

	/**
	 * A number with its unit (none when {@code null}) as CLDR writes it in the locale's
	 * language: "959.7万平方公里", "15,095美元".
	 */
	static String measure(BigDecimal amount, MeasureUnit unit, Locale locale) {
		LocalizedNumberFormatter format = NumberFormatter.withLocale(locale)
			.precision(Precision.maxFraction(CLDR_FRACTION_DIGITS));
		if (amount.abs().compareTo(WORDS_FROM) >= 0) {
			format = format.notation(Notation.compactShort());
		}
		if (unit != null) {
			format = format.unit(unit).unitWidth(UnitWidth.FULL_NAME);
		}
		return format.format(amount).toString();
	}

	/** The currency's name in the locale's language, from CLDR: 人民币 for CNY. */
	static String currencyName(java.util.Currency currency, Locale locale) {
		if (Language.of(locale).isOriginal()) {
			return currency.getDisplayName(locale);
		}
		return Currency.getInstance(currency.getCurrencyCode())
			.getName(ULocale.forLocale(locale), Currency.LONG_NAME, null);
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
