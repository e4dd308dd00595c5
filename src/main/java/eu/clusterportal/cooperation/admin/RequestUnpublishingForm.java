package eu.clusterportal.cooperation.admin;

import eu.clusterportal.web.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an editor takes a partner request off the public pages; its poster reads it. */
public class RequestUnpublishingForm {

	@NotBlank(message = "{admin.requests.reason.required}")
	@Size(max = 1000, message = "{admin.requests.reason.size}")
	@CleanText(message = "{admin.requests.reason.control-characters}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
