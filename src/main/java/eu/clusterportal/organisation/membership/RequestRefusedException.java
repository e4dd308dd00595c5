package eu.clusterportal.organisation.membership;

/** A member's request that cannot be made, with the message that says why. */
public class RequestRefusedException extends RuntimeException {

	private final String messageKey;

	RequestRefusedException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
