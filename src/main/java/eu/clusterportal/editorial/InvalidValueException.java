package eu.clusterportal.editorial;

/**
 * An edit names something that does not exist (any more) or a value that is not allowed;
 * nothing has been saved. Says which field to correct and why.
 */
public class InvalidValueException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * @param field the form field whose value is wrong
	 * @param messageKey the message that explains why, taking the {@code arguments}
	 */
	public InvalidValueException(String field, String messageKey, Object... arguments) {
		super("Invalid value for " + field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
