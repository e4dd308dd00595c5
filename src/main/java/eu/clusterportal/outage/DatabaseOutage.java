package eu.clusterportal.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Tells whether a failure happened because the database is unreachable. Most such
 * failures say so (the pool timed out, the server refused or dropped the connection); a
 * pool that timed out because every connection stayed busy counts too, as the portal is
 * then as unavailable as without a database. Some failures do not say so, such as a query
 * that broke when the server stopped, whose rollback then fails on the closed connection
 * and hides the first exception. For those the database is asked again, unless it was
 * found unreachable a moment ago: a connection opened before the outage may still break
 * on its first use after the database is back.
 */
@Component
class DatabaseOutage {

	/** How long the database may take to answer a check. */
	static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long after the database was found unreachable a data access failure counts as
	 * part of the outage.
	 */
	static final Duration AFTERMATH = UnavailablePage.RETRY_AFTER;

	/**
	 * How long the database counts as unreachable for health checks once found so,
	 * without asking again: probes come often, and each check of a database that is gone
	 * waits the pool's connection timeout.
	 */
	static final Duration UNREACHABLE_KEPT = Duration.ofSeconds(5);

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	private final DataSource dataSource;

	private final Clock clock;

	private volatile Instant lastUnreachable = Instant.MIN;

	DatabaseOutage(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Whether the failure is explained by the database being unreachable, now or a moment
	 * ago.
	 */
	boolean explains(Throwable failure) {
		if (saysDatabaseIsUnreachable(failure)) {
			lastUnreachable = clock.instant();
			return true;
		}
		return isDataAccessFailure(failure)
				&& (clock.instant().isBefore(lastUnreachable.plus(AFTERMATH)) || !databaseAnswers());
	}

	/**
	 * Whether a connection is to be had, within the pool's connection timeout, and
	 * answers within {@link #CHECK_TIMEOUT}.
	 */
	boolean databaseAnswers() {
		boolean answers;
		try (Connection connection = dataSource.getConnection()) {
			answers = connection.isValid((int) CHECK_TIMEOUT.toSeconds());
		}
		catch (SQLException ex) {
			answers = false;
		}
		if (!answers) {
			lastUnreachable = clock.instant();
		}
		return answers;
	}

	/**
	 * Whether the database answers, as {@link #databaseAnswers()}, but at once "no" while
	 * it was found unreachable within {@link #UNREACHABLE_KEPT}.
	 */
	boolean databaseSeemsToAnswer() {
		return !clock.instant().isBefore(lastUnreachable.plus(UNREACHABLE_KEPT)) && databaseAnswers();
	}

	private static boolean saysDatabaseIsUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || (cause instanceof SQLException sql
							&& sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDataAccessFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof PersistenceException || cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

}
