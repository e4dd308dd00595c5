package eu.clusterportal.member;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what registration leaves behind, as the privacy notice promises: members who
 * did not confirm their address within {@link MembersProperties#unconfirmedKept()} (with
 * their links), links that expired that long ago, and registration counts whose window
 * ended. Several instances may run it at once: each statement deletes what is due.
 */
@Component
class RegistrationCleanup {

	private static final Log logger = LogFactory.getLog(RegistrationCleanup.class);

	private final JdbcClient jdbc;

	private final AccountLinks links;

	private final RegistrationThrottle throttle;

	private final MembersProperties properties;

	private final Clock clock;

	RegistrationCleanup(JdbcClient jdbc, AccountLinks links, RegistrationThrottle throttle,
			MembersProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${portal.members.cleanup-interval:PT1H}",
			fixedDelayString = "${portal.members.cleanup-interval:PT1H}")
	void scheduled() {
		try {
			int removed = removeExpired();
			if (removed > 0) {
				logger.info("Removed " + removed + " unconfirmed registrations");
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not remove expired registrations, trying again later: " + ex);
		}
	}

	/** Removes what is due; answers how many unconfirmed registrations went. */
	int removeExpired() {
		Instant now = clock.instant();
		Instant cutoff = now.minus(properties.unconfirmedKept());
		int removed = jdbc.sql("""
				delete from account
				where role = 'MEMBER' and email_confirmed_at is null and created_at < ?""")
			.param(cutoff.atOffset(ZoneOffset.UTC))
			.update();
		links.deleteExpiredBefore(cutoff);
		throttle.deleteEndedBefore(now);
		return removed;
	}

}
