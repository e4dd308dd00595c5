package eu.clusterportal.conversation;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hourly limits on a member's messages and new conversations, counted from the rows
 * they wrote, so that every instance counts the same. The count and the write that
 * follows run under a transaction lock per member: two messages sent at once cannot both
 * take the last place.
 */
@Component
class MessageLimits {

	private final JdbcClient jdbc;

	private final ConversationProperties properties;

	MessageLimits(JdbcClient jdbc, ConversationProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Holds the member's writing until the transaction ends, on every instance: taken
	 * before looking for their conversation, so that two sends at once neither both start
	 * one nor both slip under a limit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(long memberId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('conversation-limits', ?))")
			.param(memberId)
			.query((row, n) -> 0)
			.list();
	}

	/**
	 * Refuses with the time the member may write again when one more message (in a new
	 * conversation, if {@code newConversation}) would go over a limit. The member's
	 * writing must be {@linkplain #lock locked}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void check(long memberId, boolean newConversation, Instant now) {
		Instant since = now.minus(ConversationProperties.WINDOW);
		check("select created_at from message where sender_id = :me and created_at > :since",
				properties.messagesPerHour(), memberId, since);
		if (newConversation) {
			check("select created_at from conversation where sender_id = :me and created_at > :since",
					properties.conversationsPerHour(), memberId, since);
		}
	}

	/**
	 * The member may write again once as many of the rows in the window have left it as
	 * make the count reach the limit: when the row that many places from the oldest does.
	 */
	private void check(String rowsInWindow, int limit, long memberId, Instant since) {
		Integer count = jdbc.sql("select count(*) from (" + rowsInWindow + ") w")
			.param("me", memberId)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (count >= limit) {
			Instant leaving = jdbc.sql(rowsInWindow + " order by created_at offset :skip limit 1")
				.param("me", memberId)
				.param("since", since.atOffset(ZoneOffset.UTC))
				.param("skip", count - limit)
				.query((row, n) -> row.getTimestamp(1).toInstant())
				.single();
			throw new LimitReachedException(leaving.plus(ConversationProperties.WINDOW));
		}
	}

}
