package eu.clusterportal.outage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The database's part of health and readiness, in place of Spring Boot's, whose check of
 * a connection waits without limit: DOWN at once when the database does not answer (see
 * {@link DatabaseOutage#databaseAnswers()}).
 */
class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private final DatabaseOutage outage;

	DatabaseHealthIndicator(DatabaseOutage outage) {
		super("Database health check failed");
		this.outage = outage;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (outage.databaseAnswers()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
