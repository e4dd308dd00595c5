package eu.clusterportal.profile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.Statistic;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats a country's typed key facts for people: large numbers in words ("1.357
 * billion"), smaller ones with digit grouping ("15,095"), units and currencies from the
 * message bundle.
 */
@Component
class KeyFactsFormatter {

	/** From here on, numbers read better in words than in digits. */
	private static final BigDecimal WORDS_FROM = BigDecimal.valueOf(1_000_000);

	private final MessageSource messages;

	KeyFactsFormatter(MessageSource messages) {
		this.messages = messages;
	}

	List<KeyFact> format(Country country) {
		Locale locale = LocaleContextHolder.getLocale();
		List<KeyFact> facts = new ArrayList<>();
		if (country.getCapital() != null) {
			facts.add(new KeyFact("keyfacts.capital", country.getCapital(), null, country.getCapitalSource()));
		}
		addStatistic(facts, "keyfacts.population", country.getPopulation(), (n) -> number(n, locale));
		addStatistic(facts, "keyfacts.area", country.getAreaKm2(),
				(n) -> message("keyfacts.unit.km2", locale, number(n, locale)));
		addStatistic(facts, "keyfacts.gdp-per-capita", country.getGdpPerCapitaUsd(),
				(n) -> message("keyfacts.unit.usd", locale, number(n, locale)));
		addStatistic(facts, "keyfacts.gdp", country.getGdpUsd(),
				(n) -> message("keyfacts.unit.usd", locale, number(n, locale)));
		if (country.getCurrency() != null) {
			facts.add(new KeyFact(
					"keyfacts.currency", message("keyfacts.unit.currency", locale,
							country.getCurrency().getDisplayName(locale), country.getCurrency().getCurrencyCode()),
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

	static String number(BigDecimal amount, Locale locale) {
		if (amount.abs().compareTo(WORDS_FROM) < 0) {
			return NumberFormat.getNumberInstance(locale).format(amount);
		}
		NumberFormat words = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
		words.setMaximumFractionDigits(3);
		// The JDK's compact format ignores the fraction digits for BigDecimal; a double
		// is exact enough for figures rounded to three decimals.
		return words.format(amount.doubleValue());
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
