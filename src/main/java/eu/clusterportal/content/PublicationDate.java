package eu.clusterportal.content;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * When a document was published: the day, or only the year when that is all that is known
 * (a year is never turned into a made-up day).
 *
 * @param day the day, or {@code null} when only the year is known
 * @param year the year when only it is known, otherwise {@code null}
 */
public record PublicationDate(LocalDate day, Year year) {

	private static final Year FIRST = Year.of(1900);

	private static final Year LAST = Year.of(2100);

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public PublicationDate {
		if ((day == null) == (year == null)) {
			throw new IllegalArgumentException("A publication date is a day or a year");
		}
		Year checked = (day != null) ? Year.from(day) : year;
		if (checked.isBefore(FIRST) || checked.isAfter(LAST)) {
			throw new IllegalArgumentException("A publication date lies between 1900 and 2100");
		}
	}

	public static PublicationDate of(LocalDate day, Year year) {
		return (day == null && year == null) ? null : new PublicationDate(day, year);
	}

	/**
	 * Reads "YYYY-MM-DD" or "YYYY".
	 * @throws IllegalArgumentException if the text is neither a real date nor a year
	 * between 1900 and 2100
	 */
	public static PublicationDate parse(String text) {
		String trimmed = text.trim();
		if (YEAR.matcher(trimmed).matches()) {
			return new PublicationDate(null, Year.parse(trimmed));
		}
		try {
			return new PublicationDate(LocalDate.parse(trimmed), null);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date or year: " + text, ex);
		}
	}

	/** Whether the day is known, not just the year. */
	public boolean isDayKnown() {
		return day != null;
	}

	/** "YYYY-MM-DD" or "YYYY", as {@link #parse} reads it. */
	@Override
	public String toString() {
		return (day != null) ? day.toString() : year.toString();
	}

}
