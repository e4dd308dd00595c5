package eu.clusterportal.account;

import java.io.Serializable;

import eu.clusterportal.account.AccountSessions.AccessChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Account management by admins. The portal always keeps one enabled admin, so nobody can
 * lock everyone out. Changes load the account by its id in their own transaction, so that
 * they are saved, and take effect at once: a disabled account, or one whose role changed,
 * is signed out everywhere (signing in again gives the new role); a new password signs
 * out every session but the one that set it.
 */
@Service
@Transactional
class AccountService {

	/** A change refused because it would leave no enabled admin. */
	static class LastAdminException extends RuntimeException {

		LastAdminException() {
			super("The portal needs at least one enabled admin");
		}

	}

	/**
	 * A reset refused because admins choose their own new password, knowing the current
	 * one.
	 */
	static class OwnPasswordException extends RuntimeException {

		OwnPasswordException() {
			super("Admins change their own password at /account/password");
		}

	}

	/**
	 * A new or reset account's one-time password, to hand over. It travels to the next
	 * page in the (serialised) session, so it holds no entity.
	 */
	record Issued(String email, String oneTimePassword) implements Serializable {
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	boolean emailTaken(String email) {
		return accounts.findByEmail(email).isPresent();
	}

	Issued create(AccountForm form) {
		String oneTime = OneTimePasswords.generate();
		Account account = new Account(form.getEmail(), form.getDisplayName().trim(), passwordEncoder.encode(oneTime),
				form.getRole());
		account.requirePasswordChange();
		accounts.save(account);
		return new Issued(account.getEmail(), oneTime);
	}

	/**
	 * @param admin the e-mail address of the admin who resets it: never their own, as
	 * they would be held at the password change, asked for a one-time password they were
	 * not shown
	 */
	Issued resetPassword(long id, String admin) {
		Account account = account(id);
		if (account.getEmail().equals(EmailAddresses.canonical(admin))) {
			throw new OwnPasswordException();
		}
		String oneTime = OneTimePasswords.generate();
		account.resetPassword(passwordEncoder.encode(oneTime));
		events.publishEvent(new AccessChanged(account, true));
		return new Issued(account.getEmail(), oneTime);
	}

	/** The signed-in person's own new password; their other sessions end. */
	void changeOwnPassword(String email, String newPassword) {
		Account account = accounts.findByEmail(email)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		account.changePassword(passwordEncoder.encode(newPassword));
		events.publishEvent(new AccessChanged(account, true));
	}

	/**
	 * Gives an editor or admin another of the editorial team's roles; a member never
	 * becomes one, nor the reverse (a 400: the forms do not offer it).
	 */
	void changeRole(long id, Role role) {
		Account account = account(id);
		if (!Role.STAFF.contains(role) || !Role.STAFF.contains(account.getRole())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (role != Role.ADMIN) {
			requireAnotherAdmin(account);
		}
		if (account.getRole() != role) {
			account.changeRole(role);
			events.publishEvent(new AccessChanged(account, false));
		}
	}

	void setEnabled(long id, boolean enabled) {
		Account account = account(id);
		if (!enabled) {
			requireAnotherAdmin(account);
			events.publishEvent(new AccessChanged(account, false));
		}
		account.setEnabled(enabled);
	}

	private Account account(long id) {
		return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requireAnotherAdmin(Account account) {
		boolean isEnabledAdmin = account.getRole() == Role.ADMIN && account.isEnabled();
		if (isEnabledAdmin && accounts.lockEnabledByRole(Role.ADMIN).size() <= 1) {
			throw new LastAdminException();
		}
	}

}
