package eu.clusterportal.outage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The database's part of health and readiness, in place of Spring Boot's, whose check of
 * a connection waits without limit: DOWN when the database does not answer, and at once
 * for a few seconds after it was found unreachable (see
 * {@link DatabaseOutage#databaseSeemsToAnswer()}), so that probes do not queue up.
 */
class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private final DatabaseOutage outage;

	DatabaseHealthIndicator(DatabaseOutage outage) {
		super("Database health check failed");
		this.outage = outage;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (outage.databaseSeemsToAnswer()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
