package eu.clusterportal.member;

import eu.clusterportal.account.EmailAddresses;
import eu.clusterportal.web.CleanText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the registration form sends. */
class RegistrationForm {

	/**
	 * One @, no spaces, control or format characters: what an account's address may be.
	 */
	static final String ADDRESS = "[^@\\s\\p{Cc}\\p{Cf}\\uFFFD]+@[^@\\s\\p{Cc}\\p{Cf}\\uFFFD]+";

	@NotBlank(message = "{members.register.name.required}")
	@Size(max = 120, message = "{members.register.name.size}")
	@CleanText(line = true, message = "{members.register.name.control}")
	// Nor format characters (zero-width spaces and joiners, direction marks):
	// a name other members read must not pass for another's.
	@Pattern(regexp = "\\P{Cf}*", message = "{members.register.name.control}")
	private String name;

	@NotBlank(message = "{members.register.email.required}")
	@Email(message = "{members.register.email.invalid}")
	@Size(max = EmailAddresses.MAX_LENGTH, message = "{members.register.email.invalid}")
	@Pattern(regexp = ADDRESS, message = "{members.register.email.invalid}")
	private String email;

	@NotBlank(message = "{members.register.password.required}")
	@Size(min = 12, max = 128, message = "{members.register.password.size}")
	private String password;

	@NotNull(message = "{members.register.consent.required}")
	@AssertTrue(message = "{members.register.consent.required}")
	private Boolean consent;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Boolean getConsent() {
		return consent;
	}

	public void setConsent(Boolean consent) {
		this.consent = consent;
	}

}
