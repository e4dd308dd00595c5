package eu.clusterportal.organisation.admin;

import eu.clusterportal.web.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an editor takes an organisation off the public pages; kept with it. */
public class UnpublishingForm {

	@NotBlank(message = "{admin.organisations.unpublish.reason.required}")
	@Size(max = 1000, message = "{admin.organisations.unpublish.reason.size}")
	@CleanText(message = "{admin.organisations.control-characters}")
	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
