package eu.clusterportal.conversation;

import java.time.Instant;

/** A member wrote as much as the limits allow for now; they may write again at a time. */
class LimitReachedException extends RuntimeException {

	private final Instant writeAgainAt;

	LimitReachedException(Instant writeAgainAt) {
		super(null, null, false, false);
		this.writeAgainAt = writeAgainAt;
	}

	Instant getWriteAgainAt() {
		return writeAgainAt;
	}

}
