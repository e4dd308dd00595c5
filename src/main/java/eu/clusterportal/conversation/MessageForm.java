package eu.clusterportal.conversation;

/**
 * A message as typed: its text and, when expressing interest, the organisation the member
 * writes for (none: for themselves).
 */
public class MessageForm {

	private String text;

	private Long organisation;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getOrganisation() {
		return organisation;
	}

	public void setOrganisation(Long organisation) {
		this.organisation = organisation;
	}

}
