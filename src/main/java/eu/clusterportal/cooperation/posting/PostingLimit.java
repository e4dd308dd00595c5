package eu.clusterportal.cooperation.posting;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@code portal.cooperation.requests-per-day} new requests per member within 24
 * hours. The count is of the requests themselves, in PostgreSQL, so every instance counts
 * the same; the member's account row is locked first, so two requests sent at the same
 * moment are counted one after the other.
 */
@Component
class PostingLimit {

	private static final Duration WINDOW = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int requestsPerDay;

	PostingLimit(JdbcClient jdbc, Clock clock, @Value("${portal.cooperation.requests-per-day:5}") int requestsPerDay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.requestsPerDay = requestsPerDay;
	}

	/** Whether the member may post one more request, in the transaction that posts it. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean allows(long accountId) {
		jdbc.sql("select id from account where id = ? for update").param(accountId).query(Long.class).single();
		long recent = jdbc.sql("select count(*) from partner_request where poster_id = ? and created_at > ?")
			.param(accountId)
			.param(clock.instant().minus(WINDOW).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return recent < requestsPerDay;
	}

}
