package eu.clusterportal.account;

import java.time.Instant;
import java.util.UUID;

import eu.clusterportal.cache.NotOnPublicPages;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LanguageTagConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A person who signs in: an editor or admin who maintains the portal's content, or a
 * member who maintains their organisations' profiles.
 */
@Entity
@NotOnPublicPages
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	@Column(name = "password_hash")
	private String password;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

	/** Changes with every change of access, ending the sessions signed in before it. */
	private UUID securityStamp = UUID.randomUUID();

	/** {@code null} until a member confirms the address; set for accounts admins make. */
	private Instant emailConfirmedAt;

	/** The language of the person's mails. */
	@Convert(converter = LanguageTagConverter.class)
	private Language language = Language.ORIGINAL;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	protected Account() {
	}

	/**
	 * @param email the e-mail address as typed; the account keeps its canonical form
	 * @param encodedPassword the password already encoded by the portal's password
	 * encoder
	 */
	public Account(String email, String displayName, String encodedPassword, Role role) {
		this.email = EmailAddresses.canonical(email);
		this.displayName = displayName;
		this.password = encodedPassword;
		this.role = role;
		if (role != Role.MEMBER) {
			this.emailConfirmedAt = Instant.now();
		}
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPassword() {
		return password;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/** Whether the person confirmed the address (always, for editors and admins). */
	public boolean isEmailConfirmed() {
		return emailConfirmedAt != null;
	}

	/** When the person proved the address is theirs; {@code null} until then. */
	public Instant getEmailConfirmedAt() {
		return emailConfirmedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Language getLanguage() {
		return language;
	}

	public void setLanguage(Language language) {
		this.language = language;
	}

	/** Records that the person proved the address is theirs. */
	public void confirmEmail(Instant at) {
		if (emailConfirmedAt == null) {
			emailConfirmedAt = at;
		}
	}

	UUID getSecurityStamp() {
		return securityStamp;
	}

	/** Requires a new password at the next sign-in, e.g. after a one-time password. */
	public void requirePasswordChange() {
		mustChangePassword = true;
	}

	public void changePassword(String encodedPassword) {
		password = encodedPassword;
		mustChangePassword = false;
		securityStamp = UUID.randomUUID();
	}

	/**
	 * Replaces the password with a one-time password that must be changed at the next
	 * sign-in.
	 */
	public void resetPassword(String encodedOneTimePassword) {
		password = encodedOneTimePassword;
		mustChangePassword = true;
		securityStamp = UUID.randomUUID();
	}

	public void changeRole(Role role) {
		if (this.role != role) {
			this.role = role;
			securityStamp = UUID.randomUUID();
		}
	}

	public void setEnabled(boolean enabled) {
		if (this.enabled != enabled) {
			this.enabled = enabled;
			securityStamp = UUID.randomUUID();
		}
	}

}
