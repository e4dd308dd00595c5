package eu.clusterportal.account;

import java.io.Serializable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management by admins. The portal always keeps one enabled admin, so nobody can
 * lock everyone out.
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

	Issued resetPassword(Account account) {
		String oneTime = OneTimePasswords.generate();
		account.resetPassword(passwordEncoder.encode(oneTime));
		return new Issued(account.getEmail(), oneTime);
	}

	void changeRole(Account account, Role role) {
		if (role != Role.ADMIN) {
			requireAnotherAdmin(account);
		}
		account.changeRole(role);
	}

	void setEnabled(Account account, boolean enabled) {
		if (!enabled) {
			requireAnotherAdmin(account);
		}
		account.setEnabled(enabled);
	}

	private void requireAnotherAdmin(Account account) {
		boolean isEnabledAdmin = account.getRole() == Role.ADMIN && account.isEnabled();
		if (isEnabledAdmin && accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new LastAdminException();
		}
	}

}
