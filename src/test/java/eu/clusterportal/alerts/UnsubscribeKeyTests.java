package eu.clusterportal.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without a configured key, unsubscribe links signed by one instance work on another and
 * after a restart: the key is made once and kept in the database.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class UnsubscribeKeyTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLinkSignedBeforeARestartStillWorks() {
		AlertsProperties noKey = new AlertsProperties("0 5 * * * *", 100, 20, "");
		String token = new AlertsConfiguration().unsubscribeTokens(noKey, jdbc).sign(42);

		UnsubscribeTokens afterRestart = new AlertsConfiguration().unsubscribeTokens(noKey, jdbc);

		assertThat(afterRestart.accountOf(token)).hasValue(42);
	}

	@Test
	void aConfiguredKeyIsUsedInstead() {
		AlertsProperties noKey = new AlertsProperties("0 5 * * * *", 100, 20, "");
		String token = new AlertsConfiguration().unsubscribeTokens(noKey, jdbc).sign(42);

		UnsubscribeTokens configured = new AlertsConfiguration().unsubscribeTokens(
				new AlertsProperties("0 5 * * * *", 100, 20, "a key of the tests, 32 characters or more"), jdbc);

		assertThat(configured.accountOf(token)).isEmpty();
	}

}
