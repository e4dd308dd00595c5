package eu.clusterportal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

/**
 * Another user's save that lands at the worst moment for a request under test: its row is
 * written but uncommitted while the request makes its own checks, and committed once the
 * request waits for it (at a unique index, or for the row's lock).
 */
public final class ConcurrentWrite {

	private static final String WAITS_FOR_ME = """
			select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))""";

	private ConcurrentWrite() {
	}

	/**
	 * Runs the request while {@code writeSql} is pending on another connection; returns
	 * what it returned.
	 */
	public static <T> T during(DataSource dataSource, String writeSql, Callable<T> request) throws Exception {
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			other.createStatement().execute(writeSql);
			CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> commitOnceWaitedFor(other));
			T result = request.call();
			commit.join();
			return result;
		}
	}

	private static void commitOnceWaitedFor(Connection connection) {
		try {
			for (int attempt = 0; attempt < 200; attempt++) {
				try (ResultSet waiting = connection.createStatement().executeQuery(WAITS_FOR_ME)) {
					if (waiting.next() && waiting.getLong(1) > 0) {
						connection.commit();
						return;
					}
				}
				LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
			connection.rollback();
			throw new IllegalStateException("The request never waited for the concurrent write");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
