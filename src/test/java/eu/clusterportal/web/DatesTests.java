package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.Dates.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

class DatesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

	private final Dates dates = new Dates();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishPagesKeepTheirDates() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(dates.day(DAY)).isEqualTo("7 December 2026");
		assertThat(dates.shortDay(DAY)).isEqualTo("7 Dec 2026");
		assertThat(dates.time(at(14, 5, 9))).isEqualTo("7 Dec 2026 14:05");
		assertThat(dates.timeWithSeconds(at(14, 5, 9))).isEqualTo("7 Dec 2026 14:05:09");
		assertThat(dates.year(Year.of(2019))).isEqualTo("2019");
		assertThat(dates.years(Year.of(2019), Year.of(2021))).isEqualTo("2019\u20132021");
		assertThat(dates.days(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)))
			.isEqualTo(new Range("1 March 2027", "3 March 2027"));
	}

	@Test
	void chinesePagesWriteDatesAsCldrDoes() {
		LocaleContextHolder.setLocale(Language.SIMPLIFIED_CHINESE.locale());
		assertThat(dates.day(DAY)).isEqualTo("2026年12月7日");
		assertThat(dates.shortDay(DAY)).isEqualTo("2026年12月7日");
		assertThat(dates.time(at(14, 5, 9))).isEqualTo("2026年12月7日 14:05");
		assertThat(dates.timeWithSeconds(at(14, 5, 9))).isEqualTo("2026年12月7日 14:05:09");
		assertThat(dates.year(Year.of(2019))).isEqualTo("2019年");
		assertThat(dates.years(Year.of(2019), Year.of(2021))).isEqualTo("2019\u20132021年");
		assertThat(dates.years(Year.of(2019), null)).isEqualTo("2019年");
	}

	@Test
	void chineseRangesLeaveOutWhatRepeatsTheStart() {
		LocaleContextHolder.setLocale(Language.SIMPLIFIED_CHINESE.locale());
		assertThat(dates.days(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)))
			.isEqualTo(new Range("2027年3月1日", "3日"));
		assertThat(dates.days(LocalDate.of(2027, 3, 30), LocalDate.of(2027, 4, 2)))
			.isEqualTo(new Range("2027年3月30日", "4月2日"));
		assertThat(dates.days(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2)))
			.isEqualTo(new Range("2027年12月30日", "2028年1月2日"));
		assertThat(dates.days(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)))
			.isEqualTo(new Range("2027年3月1日", "2027年3月1日"));
		assertThat(dates.days(LocalDate.of(2027, 3, 1), null)).isEqualTo(new Range("2027年3月1日", null));
	}

	private static java.time.Instant at(int hour, int minute, int second) {
		return LocalDateTime.of(DAY, java.time.LocalTime.of(hour, minute, second))
			.atZone(ZoneId.systemDefault())
			.toInstant();
	}

}
