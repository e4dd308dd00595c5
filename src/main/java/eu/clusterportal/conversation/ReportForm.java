package eu.clusterportal.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member reports a message to the editors. */
public class ReportForm {

	@NotBlank(message = "{conversation.report.reason.required}")
	@Size(max = 1000, message = "{conversation.report.reason.size}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
