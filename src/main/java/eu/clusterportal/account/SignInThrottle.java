package eu.clusterportal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks sign-in for an e-mail address for a while after repeated failures. It counts per
 * canonical address, whether or not an account has it, so a lock-out reveals nothing.
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

	/**
	 * Counts an attempt before its password is checked and answers whether it may be
	 * checked. The attempt that reaches the limit is the last one checked: it locks the
	 * address, unless it succeeds. One statement, so that attempts made at the same time,
	 * also on other instances, cannot get past the limit. An expired lock starts over.
	 */
	boolean tryAttempt(String canonicalEmail) {
		Instant now = clock.instant();
		return jdbc.sql("""
				insert into sign_in_throttle as t (email_key, attempts) values (:key, 1)
				on conflict (email_key) do update set
				    attempts = case when t.locked_until <= :now then 1 else t.attempts + 1 end,
				    locked_until = case when t.locked_until > :now then t.locked_until
				                        when t.locked_until is null and t.attempts + 1 >= :allowed
				                        then cast(:until as timestamptz) end
				returning attempts <= :allowed""")
			.param("key", canonicalEmail)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("allowed", ALLOWED_FAILURES)
			.param("until", now.plus(LOCK_DURATION).atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	void recordSuccess(String canonicalEmail) {
		jdbc.sql("delete from sign_in_throttle where email_key = ?").param(canonicalEmail).update();
	}

}
