package eu.clusterportal.conversation;

import org.springframework.http.HttpStatus;

/**
 * A message that may not be written, with the message key that says why and the status
 * the page is answered with.
 */
class MessageRefusedException extends RuntimeException {

	private final String messageKey;

	private final HttpStatus status;

	MessageRefusedException(String messageKey, HttpStatus status) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.status = status;
	}

	static MessageRefusedException ownRequest() {
		return new MessageRefusedException("conversation.refused.own", HttpStatus.FORBIDDEN);
	}

	static MessageRefusedException closed() {
		return new MessageRefusedException("conversation.refused.closed", HttpStatus.CONFLICT);
	}

	/** The recipient blocked the writer: says no more than that. */
	static MessageRefusedException blocked() {
		return new MessageRefusedException("conversation.refused.blocked", HttpStatus.FORBIDDEN);
	}

	static MessageRefusedException recipientGone() {
		return new MessageRefusedException("conversation.refused.gone", HttpStatus.CONFLICT);
	}

	String getMessageKey() {
		return messageKey;
	}

	HttpStatus getStatus() {
		return status;
	}

}
