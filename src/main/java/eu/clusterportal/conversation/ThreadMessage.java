package eu.clusterportal.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A message of a conversation as one of its sides reads it. */
public record ThreadMessage(long id, boolean mine, String text, Instant at) {

	/** When it was written, to the second, as HTML's {@code datetime} wants it. */
	public String machineTime() {
		return at.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
