package eu.clusterportal.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.postgresql.PGNotification;

/**
 * The PostgreSQL channel on which instances tell each other what content changed. The
 * payload names the instance, so that it ignores its own notifications, having cleared
 * its caches already, followed by the change's tags.
 */
final class ChangeNotifications {

	static final String CHANNEL = "portal_content_changed";

	private final String instance = UUID.randomUUID().toString();

	/**
	 * Notifies every listening instance; within a transaction PostgreSQL delivers it when
	 * the transaction commits, and never if it rolls back.
	 */
	void send(Connection connection, ContentChange change) throws SQLException {
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
			notify.setString(1, CHANNEL);
			notify.setString(2, change.toPayload(this.instance));
			notify.execute();
		}
	}

	/** The change another instance announced, empty for this instance's own. */
	Optional<ContentChange> changeFromElsewhere(PGNotification notification) {
		String payload = notification.getParameter();
		if (!CHANNEL.equals(notification.getName()) || payload == null || payload.startsWith(this.instance)) {
			return Optional.empty();
		}
		int tags = payload.indexOf(' ');
		return Optional.of(ContentChange.fromPayload((tags < 0) ? null : payload.substring(tags + 1)));
	}

}
