package eu.clusterportal.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.TextParameter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asks the event list for, read leniently from the URL: a value that
 * cannot be understood is left out of the search and reported as a {@link Problem}.
 *
 * @param country a country slug, or {@code null} for all countries
 * @param from the first day of the date range, if any
 * @param to the last day of the date range, if any
 * @param kind the event type, if any
 * @param audience the audience, if any
 * @param period upcoming, past or all events
 * @param page the page asked for, counted from 1
 * @param problems what could not be understood
 */
public record EventSearch(String country, LocalDate from, LocalDate to, EventKind kind, EventAudience audience,
		EventPeriod period, int page, List<Problem> problems) {

	/**
	 * A parameter that was ignored: the message key that explains it and the value given.
	 */
	public record Problem(String message, String value) {
	}

	/**
	 * The first and the last day that the list can search for; PostgreSQL's dates do not
	 * go as far as Java's.
	 */
	static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	static EventSearch fromParameters(EventParameters parameters) {
		List<Problem> problems = new ArrayList<>();
		LocalDate fromDate = parse(parameters.from(), EventSearch::date, "events.problem.from", problems);
		LocalDate toDate = parse(parameters.to(), EventSearch::date, "events.problem.to", problems);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			problems.add(new Problem("events.problem.range", parameters.to()));
			toDate = null;
		}
		EventPeriod period = parse(parameters.when(), (v) -> EventPeriod.valueOf(v.toUpperCase()),
				"events.problem.when", problems);
		Integer pageIndex = parse(parameters.page(), EventSearch::pageIndex, "events.problem.page", problems);
		String country = parse(parameters.country(), EventSearch::country, "events.problem.country", problems);
		return new EventSearch(country, fromDate, toDate,
				parse(parameters.type(), (v) -> EventKind.valueOf(v.toUpperCase()), "events.problem.type", problems),
				parse(parameters.audience(), (v) -> EventAudience.valueOf(v.toUpperCase()), "events.problem.audience",
						problems),
				(period != null) ? period : defaultPeriod(fromDate, toDate), (pageIndex != null) ? pageIndex + 1 : 1,
				List.copyOf(problems));
	}

	private static LocalDate date(String value) {
		LocalDate date = LocalDate.parse(value);
		if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
			throw new IllegalArgumentException("No date of the years 1 to 9999: " + value);
		}
		return date;
	}

	// A number past the last page gives the last page; the finder checks.
	private static int pageIndex(String value) {
		if (!PageNumber.isNumber(value)) {
			throw new IllegalArgumentException("Not a page number: " + value);
		}
		return PageNumber.index(value);
	}

	// Text with control characters can name no country, so it is ignored like any
	// unreadable value.
	private static String country(String value) {
		if (!TextParameter.canName(value)) {
			throw new IllegalArgumentException("Not a country: " + value);
		}
		return value;
	}

	/**
	 * With a date range the range decides; without one the list shows what is to come.
	 */
	private static EventPeriod defaultPeriod(LocalDate from, LocalDate to) {
		return (from != null || to != null) ? EventPeriod.ALL : EventPeriod.UPCOMING;
	}

	private static <T> T parse(String value, Function<String, T> parser, String problem, List<Problem> problems) {
		String trimmed = blankToNull(value);
		if (trimmed == null) {
			return null;
		}
		try {
			return parser.apply(trimmed);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			problems.add(new Problem(problem, trimmed));
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The list's URL with this search's understood parameters, for links and feeds. */
	UriComponentsBuilder toUri(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		Optional.ofNullable(country).ifPresent((v) -> uri.queryParam("country", v));
		Optional.ofNullable(from).ifPresent((v) -> uri.queryParam("from", v));
		Optional.ofNullable(to).ifPresent((v) -> uri.queryParam("to", v));
		Optional.ofNullable(kind).ifPresent((v) -> uri.queryParam("type", v.name().toLowerCase()));
		Optional.ofNullable(audience).ifPresent((v) -> uri.queryParam("audience", v.name().toLowerCase()));
		return uri.queryParam("when", period.name().toLowerCase());
	}

}
