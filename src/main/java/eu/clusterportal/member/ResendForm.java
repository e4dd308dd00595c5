package eu.clusterportal.member;

import eu.clusterportal.account.EmailAddresses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The address a new confirmation link is asked for. */
class ResendForm {

	@NotBlank(message = "{members.register.email.required}")
	@Email(message = "{members.register.email.invalid}")
	@Size(max = EmailAddresses.MAX_LENGTH, message = "{members.register.email.invalid}")
	@Pattern(regexp = RegistrationForm.ADDRESS, message = "{members.register.email.invalid}")
	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
