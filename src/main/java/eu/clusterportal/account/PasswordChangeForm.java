package eu.clusterportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the password change form sends. */
class PasswordChangeForm {

	@NotBlank(message = "{account.password.current.required}")
	private String currentPassword;

	@NotBlank(message = "{account.password.new.required}")
	@Size(min = 12, max = 128, message = "{account.password.new.size}")
	private String newPassword;

	private String confirmation;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
