package eu.clusterportal.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness probes during an outage answer at once: once the database was found
 * unreachable, health checks say DOWN for a few seconds without waiting for a connection
 * again, and then ask again.
 */
class DatabaseHealthTests {

	final OutageAftermathTests.Now now = new OutageAftermathTests.Now();

	final DataSource database = mock(DataSource.class);

	final DatabaseHealthIndicator health = new DatabaseHealthIndicator(new DatabaseOutage(database, now));

	@Test
	void aDatabaseFoundUnreachableIsNotAskedAgainForAFewSeconds() throws Exception {
		given(database.getConnection()).willThrow(new SQLTransientConnectionException("timed out after 2000ms"));

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		now.instant = now.instant.plus(DatabaseOutage.UNREACHABLE_KEPT).minusMillis(1);
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		verify(database, times(1)).getConnection();

		now.instant = now.instant.plusMillis(1);
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		verify(database, times(2)).getConnection();
	}

}
