package eu.clusterportal.account;

import java.io.Serializable;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Account management by admins. The portal always keeps one enabled admin, so nobody can
 * lock everyone out. Changes load the account by its id in their own transaction, so
 * that they are saved.
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
	 * A new or reset account's one-time password, to hand over. It travels to the next
	 * page in the (serialised) session, so it holds no entity.
	 */
	record Issued(String email, String oneTimePassword) implements Serializable {
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	boolean emailTaken(String email) {
		return accounts.findByEmail(email.trim()).isPresent();
	}

	Issued create(AccountForm form) {
		String oneTime = OneTimePasswords.generate();
		Account account = new Account(form.getEmail().trim(), form.getDisplayName().trim(),
				passwordEncoder.encode(oneTime), form.getRole());
		account.requirePasswordChange();
		accounts.save(account);
		return new Issued(account.getEmail(), oneTime);
	}

	Issued resetPassword(long id) {
		Account account = account(id);
		String oneTime = OneTimePasswords.generate();
		account.resetPassword(passwordEncoder.encode(oneTime));
		return new Issued(account.getEmail(), oneTime);
	}

	void changeRole(long id, Role role) {
		Account account = account(id);
		if (role != Role.ADMIN) {
			requireAnotherAdmin(account);
		}
		account.changeRole(role);
	}

	void setEnabled(long id, boolean enabled) {
		Account account = account(id);
		if (!enabled) {
			requireAnotherAdmin(account);
		}
		account.setEnabled(enabled);
	}

	private Account account(long id) {
		return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requireAnotherAdmin(Account account) {
		boolean isEnabledAdmin = account.getRole() == Role.ADMIN && account.isEnabled();
		if (isEnabledAdmin && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdminException();
		}
	}

}
