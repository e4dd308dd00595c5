package eu.clusterportal.mail;

import java.time.Instant;

/**
 * A mail of the outbox as editors see it in the list.
 *
 * @param language the recipient's language, as a tag ({@code en}, {@code zh-Hans})
 * @param nextAttemptAt when the sender tries it (again), unless it is sent
 * @param attempts how often the sender tried it, including the attempt that sent it
 * @param lastError why the last attempt failed, or {@code null}
 */
public record OutboxMail(long id, String kind, String recipient, String language, String subject, Instant createdAt,
		Instant nextAttemptAt, int attempts, String lastError, Instant sentAt) {

	/** Where the mail stands. */
	public enum State {

		/** Not tried yet. */
		WAITING,

		/** Taken by the SMTP server. */
		SENT,

		/** Tried and failed; tried again later. */
		FAILING

	}

	public State state() {
		if (sentAt != null) {
			return State.SENT;
		}
		return (attempts > 0) ? State.FAILING : State.WAITING;
	}

}
