package eu.clusterportal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.ConstrainedFieldPosition;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.DateIntervalFormat.FormattedDateInterval;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import eu.clusterportal.editorial.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the page's language writes them, for templates:
 * {@code th:text="${@dates.day(item.publishedOn)}"}. English keeps the portal's own
 * patterns ("7 December 2026"); other languages take CLDR's formats for the same fields
 * ("2026年12月7日"), and a range leaves out of its end what repeats the start, as CLDR's
 * interval formats do ("2026年3月1日" to "3日", the words between from the bundle).
 */
@Component("dates")
public class Dates {

	/** What a date or time shows: the English pattern and the CLDR skeleton. */
	enum Style {

		DAY("d MMMM yyyy", "yMMMd"),

		SHORT_DAY("d MMM yyyy", "yMMMd"),

		TIME("d MMM yyyy HH:mm", "yMMMdHHmm"),

		TIME_WITH_SECONDS("d MMM yyyy HH:mm:ss", "yMMMdHHmmss"),

		YEAR("yyyy", "y");

		private final String englishPattern;

		private final String skeleton;

		Style(String englishPattern, String skeleton) {
			this.englishPattern = englishPattern;
			this.skeleton = skeleton;
		}

	}

	/**
	 * A range of days or years as two texts, so that each can be its own {@code <time>}
	 * element; {@code end} is {@code null} for an open range.
	 */
	public record Range(String start, String end) {
	}

	/** A day, for public pages: "7 December 2026", "2026年12月7日". */
	public String day(LocalDate day) {
		return format(day, Style.DAY);
	}

	/** A day, where space is short (editors' lists): "7 Dec 2026", "2026年12月7日". */
	public String shortDay(LocalDate day) {
		return format(day, Style.SHORT_DAY);
	}

	/** A moment to the minute, in the server's time zone. */
	public String time(Instant instant) {
		return format(instant, Style.TIME);
	}

	/** A moment to the second, in the server's time zone: revision history. */
	public String timeWithSeconds(Instant instant) {
		return format(instant, Style.TIME_WITH_SECONDS);
	}

	/** A year: "2019", "2019年". */
	public String year(Year year) {
		return format(year, Style.YEAR);
	}

	/** A range of days, such as an event's, on public pages. */
	public Range days(LocalDate start, LocalDate end) {
		return range(start, end, Style.DAY);
	}

	/** A range of days in editors' lists. */
	public Range shortDays(LocalDate start, LocalDate end) {
		return range(start, end, Style.SHORT_DAY);
	}

	/** A range of years: "2019–2021", "2019–2021年". */
	public String years(Year start, Year end) {
		if (start == null) {
			return null;
		}
		if (end == null || end.equals(start)) {
			return year(start);
		}
		Locale locale = locale();
		if (isEnglish(locale)) {
			return year(start) + "\u2013" + year(end);
		}
		return interval(start.atDay(1), end.atDay(1), Style.YEAR, locale).toString();
	}

	private static Range range(LocalDate start, LocalDate end, Style style) {
		if (start == null) {
			return new Range(null, null);
		}
		if (end == null) {
			return new Range(format(start, style), null);
		}
		Locale locale = locale();
		if (isEnglish(locale) || !end.isAfter(start)) {
			return new Range(format(start, style), format(end, style));
		}
		// The interval's second span begins with the first field in which the end differs
		// from the start; what follows it is the end as the interval writes it.
		FormattedDateInterval interval = interval(start, end, style, locale);
		ConstrainedFieldPosition position = new ConstrainedFieldPosition();
		position.constrainClass(DateIntervalFormat.SpanField.class);
		while (interval.nextPosition(position)) {
			if (((Number) position.getFieldValue()).intValue() == 1) {
				return new Range(format(start, style), interval.toString().substring(position.getStart()));
			}
		}
		return new Range(format(start, style), format(end, style));
	}

	private static FormattedDateInterval interval(LocalDate start, LocalDate end, Style style, Locale locale) {
		DateIntervalFormat format = DateIntervalFormat.getInstance(style.skeleton, ULocale.forLocale(locale));
		format.setTimeZone(TimeZone.GMT_ZONE);
		return format.formatToValue(new DateInterval(utcMillis(start), utcMillis(end)));
	}

	private static String format(TemporalAccessor value, Style style) {
		if (value == null) {
			return null;
		}
		Locale locale = locale();
		if (isEnglish(locale)) {
			DateTimeFormatter english = DateTimeFormatter.ofPattern(style.englishPattern, locale);
			return english.withZone(ZoneId.systemDefault()).format(value);
		}
		DateFormat format = DateFormat.getInstanceForSkeleton(style.skeleton, ULocale.forLocale(locale));
		if (value instanceof Instant instant) {
			format.setTimeZone(TimeZone.getTimeZone(ZoneId.systemDefault().getId()));
			return format.format(Date.from(instant));
		}
		format.setTimeZone(TimeZone.GMT_ZONE);
		LocalDate day = (value instanceof Year year) ? year.atDay(1) : LocalDate.from(value);
		return format.format(new Date(utcMillis(day)));
	}

	private static long utcMillis(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static boolean isEnglish(Locale locale) {
		return Language.of(locale).isOriginal();
	}

}
