package eu.clusterportal.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.PGNotification;

/**
 * The PostgreSQL channel on which instances tell each other that content changed. The
 * payload names the instance, so that it ignores its own notifications, having cleared
 * its caches already.
 */
final class ChangeNotifications {

	static final String CHANNEL = "portal_content_changed";

	private final String instance = UUID.randomUUID().toString();

	/**
	 * Notifies every listening instance; within a transaction PostgreSQL delivers it when
	 * the transaction commits, and never if it rolls back.
	 */
	void send(Connection connection) throws SQLException {
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
			notify.setString(1, CHANNEL);
			notify.setString(2, this.instance);
			notify.execute();
		}
	}

	boolean isFromElsewhere(PGNotification notification) {
		return CHANNEL.equals(notification.getName()) && !this.instance.equals(notification.getParameter());
	}

}
