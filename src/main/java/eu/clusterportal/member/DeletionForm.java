package eu.clusterportal.member;

import jakarta.validation.constraints.NotBlank;

/** The password that confirms the deletion of one's account. */
class DeletionForm {

	@NotBlank(message = "{members.delete.password.required}")
	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
