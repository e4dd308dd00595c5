package eu.clusterportal.account;

import eu.clusterportal.web.CleanText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the form for a new account sends. */
class AccountForm {

	@NotBlank(message = "{accounts.email.required}")
	@Email(message = "{accounts.email.invalid}")
	@Size(max = EmailAddresses.MAX_LENGTH, message = "{accounts.email.invalid}")
	private String email;

	@NotBlank(message = "{accounts.name.required}")
	@Size(max = 120, message = "{accounts.name.size}")
	@CleanText(line = true, message = "{accounts.name.control}")
	private String displayName;

	@NotNull(message = "{accounts.role.required}")
	private Role role = Role.EDITOR;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
