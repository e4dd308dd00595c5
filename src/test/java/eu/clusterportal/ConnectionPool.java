package eu.clusterportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.awaitility.Awaitility;

/**
 * Checks that requests give their database connections back: after a request the pool
 * must be idle again. A request that leaks a connection leaves it active for good, so a
 * short wait (for a scheduled job that may hold one briefly) never hides a leak.
 */
public final class ConnectionPool {

	private ConnectionPool() {
	}

	public static void assertIdle(DataSource dataSource) throws SQLException {
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		Awaitility.await("no active database connection")
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(20))
			.atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> {
				assertThat(pool.getActiveConnections()).as("active connections").isZero();
				assertThat(pool.getThreadsAwaitingConnection()).as("threads awaiting a connection").isZero();
			});
	}

}
