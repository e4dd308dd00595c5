package eu.clusterportal.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The time a digest covers: from a midnight in the portal's time zone to the next (daily)
 * or to the Monday a week later (weekly).
 *
 * @param start the first moment it covers
 * @param end the moment after its last, when its digest is due
 */
record DigestPeriod(Instant start, Instant end) {

	/** The last period of the frequency that has ended at {@code now}. */
	static DigestPeriod lastEnded(DigestFrequency frequency, Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate end = switch (frequency) {
			case DAILY -> today;
			case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case NONE -> throw new IllegalArgumentException("No digest, no period");
		};
		LocalDate start = (frequency == DigestFrequency.DAILY) ? end.minusDays(1) : end.minusWeeks(1);
		return new DigestPeriod(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
	}

}
