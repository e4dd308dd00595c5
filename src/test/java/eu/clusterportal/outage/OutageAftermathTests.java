package eu.clusterportal.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;

/**
 * Right after the database comes back, a connection opened before the outage can break on
 * its first use, and its rollback then hides why: that request still gets the
 * "temporarily unavailable" page, not an error page, although the database answers again.
 */
class OutageAftermathTests {

	final Now now = new Now();

	DatabaseOutage outage;

	@BeforeEach
	void databaseThatAnswers() throws SQLException {
		Connection connection = mock(Connection.class);
		given(connection.isValid(anyInt())).willReturn(true);
		DataSource database = mock(DataSource.class);
		given(database.getConnection()).willReturn(connection);
		outage = new DatabaseOutage(database, now);
	}

	@Test
	void aHiddenConnectionFailureJustAfterAnOutageIsPartOfIt() {
		assertThat(outage.explains(new DataAccessResourceFailureException("I/O error"))).isTrue();
		now.instant = now.instant.plusSeconds(5);

		assertThat(outage.explains(brokenRollback())).isTrue();
	}

	@Test
	void theSameFailureWithoutARecentOutageIsAnError() {
		assertThat(outage.explains(brokenRollback())).isFalse();

		outage.explains(new DataAccessResourceFailureException("I/O error"));
		now.instant = now.instant.plus(DatabaseOutage.AFTERMATH).plusSeconds(1);
		assertThat(outage.explains(brokenRollback())).isFalse();
	}

	private static JpaSystemException brokenRollback() {
		return new JpaSystemException(
				new RuntimeException("Unable to rollback", new SQLException("Connection is closed")));
	}

	/** A clock the test moves on. */
	static class Now extends Clock {

		Instant instant = Instant.parse("2026-11-28T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return instant;
		}

	}

}
