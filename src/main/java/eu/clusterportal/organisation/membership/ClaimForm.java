package eu.clusterportal.organisation.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the member represents an organisation, for the editor who decides. */
public class ClaimForm {

	@NotBlank(message = "{member-orgs.claim.note.required}")
	@Size(max = 2000, message = "{member-orgs.claim.note.size}")
	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
