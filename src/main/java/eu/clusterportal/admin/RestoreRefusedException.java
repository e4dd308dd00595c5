package eu.clusterportal.admin;

/**
 * Refuses to restore an earlier version that no longer fits, e.g. one whose slug another
 * entry has taken since; nothing has been changed.
 */
public class RestoreRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * @param messageKey the message that explains why, taking the {@code arguments}
	 */
	public RestoreRefusedException(String messageKey, Object... arguments) {
		super("The earlier version cannot be restored: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
