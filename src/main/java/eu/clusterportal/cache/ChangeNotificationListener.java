package eu.clusterportal.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on a connection of its own, in a thread of its own, for the changes other
 * instances commit, and clears the kept pages each may show. Pages are served from the
 * cache only while it listens: when the connection breaks, notifications may be missed,
 * so the caches are cleared and stay unused until it listens again. When the instance
 * starts it notifies the others once, since its migrations or demo content may have
 * changed data.
 */
final class ChangeNotificationListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeNotificationListener.class);

	/** How long to wait for notifications before checking that the connection works. */
	private static final Duration POLL = Duration.ofSeconds(1);

	private static final int VALIDATION_TIMEOUT_SECONDS = 2;

	private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

	private final String url;

	private final Properties connectionProperties;

	private final ChangeNotifications notifications;

	private final PageCache pages;

	private final ContentCaches caches;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	ChangeNotificationListener(String url, Properties connectionProperties, ChangeNotifications notifications,
			PageCache pages, ContentCaches caches) {
		this.url = url;
		this.connectionProperties = connectionProperties;
		this.notifications = notifications;
		this.pages = pages;
		this.caches = caches;
	}

	@Override
	public void start() {
		this.running = true;
		Thread listener = new Thread(this::listen, "content-change-listener");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener == null) {
			return;
		}
		listener.interrupt();
		closeQuietly(this.connection);
		try {
			listener.join(Duration.ofSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Listens before the web server takes requests, and until it has stopped. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void listen() {
		boolean announced = false;
		boolean failing = false;
		while (this.running) {
			try (Connection listening = DriverManager.getConnection(this.url, this.connectionProperties)) {
				this.connection = listening;
				try (Statement statement = listening.createStatement()) {
					statement.execute("listen " + ChangeNotifications.CHANNEL);
				}
				if (!announced) {
					this.notifications.send(listening, ContentChange.EVERYTHING);
					announced = true;
				}
				this.caches.clear();
				this.pages.trust();
				if (failing) {
					logger.info("Listening for content changes of other instances again, pages are cached again");
					failing = false;
				}
				receive(listening);
			}
			catch (SQLException ex) {
				this.pages.distrust();
				this.caches.clear();
				if (this.running) {
					// once per outage, not at every attempt
					if (!failing) {
						logger.warn("Not listening for content changes of other instances, pages are not cached "
								+ "until it listens again: " + ex);
					}
					failing = true;
					pause();
				}
			}
		}
		this.pages.distrust();
	}

	private void receive(Connection listening) throws SQLException {
		PGConnection postgres = listening.unwrap(PGConnection.class);
		while (this.running) {
			PGNotification[] received = postgres.getNotifications((int) POLL.toMillis());
			if (received != null) {
				Arrays.stream(received)
					.map(this.notifications::changeFromElsewhere)
					.flatMap(Optional::stream)
					.reduce(ContentChange::and)
					.ifPresent(this.caches::changed);
			}
			// a connection that died silently gives no notifications and no error
			if (!listening.isValid(VALIDATION_TIMEOUT_SECONDS)) {
				throw new SQLException("The connection for notifications no longer answers");
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_DELAY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the connection for notifications", ex);
		}
	}

}
