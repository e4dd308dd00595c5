package eu.clusterportal.outage;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The answer while the database is unreachable: 503 Service Unavailable, a hint to come
 * back in half a minute, and {@code error/503.html}, which needs nothing from the
 * database.
 */
final class UnavailablePage {

	static final String VIEW = "error/503";

	static final HttpStatus STATUS = HttpStatus.SERVICE_UNAVAILABLE;

	/** About how long PostgreSQL takes to restart or fail over. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(30);

	private UnavailablePage() {
	}

	static void addRetryAfter(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
	}

}
