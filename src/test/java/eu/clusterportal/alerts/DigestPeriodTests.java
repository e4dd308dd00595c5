package eu.clusterportal.alerts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Digest periods end at midnight in the portal's time zone, weekly ones on Monday. */
class DigestPeriodTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Test
	void aDailyPeriodIsYesterdayUntilMidnight() {
		DigestPeriod period = DigestPeriod.lastEnded(DigestFrequency.DAILY, at("2026-12-09T00:30"), BRUSSELS);

		assertThat(period).isEqualTo(new DigestPeriod(at("2026-12-08T00:00"), at("2026-12-09T00:00")));
	}

	@Test
	void aWeeklyPeriodEndsOnTheLastMonday() {
		assertThat(DigestPeriod.lastEnded(DigestFrequency.WEEKLY, at("2026-12-09T15:00"), BRUSSELS))
			.isEqualTo(new DigestPeriod(at("2026-11-30T00:00"), at("2026-12-07T00:00")));
		assertThat(DigestPeriod.lastEnded(DigestFrequency.WEEKLY, at("2026-12-07T00:00"), BRUSSELS))
			.isEqualTo(new DigestPeriod(at("2026-11-30T00:00"), at("2026-12-07T00:00")));
		assertThat(DigestPeriod.lastEnded(DigestFrequency.WEEKLY, at("2026-12-06T23:59"), BRUSSELS))
			.isEqualTo(new DigestPeriod(at("2026-11-23T00:00"), at("2026-11-30T00:00")));
	}

	@Test
	void aDayWhenTheClocksChangeIsADayAllTheSame() {
		DigestPeriod period = DigestPeriod.lastEnded(DigestFrequency.DAILY, at("2027-03-29T08:00"), BRUSSELS);

		assertThat(period.start()).isEqualTo(at("2027-03-28T00:00"));
		assertThat(period.end()).isEqualTo(at("2027-03-29T00:00"));
	}

	private static Instant at(String localTime) {
		return ZonedDateTime.of(LocalDateTime.parse(localTime), BRUSSELS).toInstant();
	}

}
