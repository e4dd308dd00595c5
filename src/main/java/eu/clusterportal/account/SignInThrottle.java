package eu.clusterportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks sign-in for an e-mail address for a while after repeated failures. It counts per
 * address as typed, whether or not an account has it, so a lock-out reveals nothing.
 */
@Component
class SignInThrottle {

	static final int ALLOWED_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isLocked(String email) {
		return jdbc.sql("select locked_until from sign_in_throttle where email_key = ?")
			.param(key(email))
			.query(OffsetDateTime.class)
			.optional()
			.filter((until) -> until.toInstant().isAfter(clock.instant()))
			.isPresent();
	}

	/** Counts a failure; the one that reaches the limit locks the address. Expired locks start over. */
	void recordFailure(String email) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into sign_in_throttle (email_key, failures) values (:key, 1)
				on conflict (email_key) do update set
				    failures = case when sign_in_throttle.locked_until is null
				                    then sign_in_throttle.failures + 1 else 1 end,
				    locked_until = case when sign_in_throttle.locked_until is null
				                             and sign_in_throttle.failures + 1 >= :allowed
				                        then cast(:until as timestamptz) end""")
			.param("key", key(email))
			.param("allowed", ALLOWED_FAILURES)
			.param("until", now.plus(LOCK_DURATION).atOffset(ZoneOffset.UTC))
			.update();
	}

	void recordSuccess(String email) {
		jdbc.sql("delete from sign_in_throttle where email_key = ?").param(key(email)).update();
	}

	private static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
