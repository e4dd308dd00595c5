package eu.clusterportal.account;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Checked after the password, so that only someone who knows it learns more than "wrong":
 * an enabled member whose address is not confirmed yet is told so; a disabled account
 * fails like a wrong password.
 */
class AccountStatusCheck implements UserDetailsChecker {

	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

	private final AccountRepository accounts;

	AccountStatusCheck(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void check(UserDetails user) {
		if (!user.isEnabled() && accounts.findByEmail(user.getUsername())
			.filter((account) -> account.isEnabled() && !account.isEmailConfirmed())
			.isPresent()) {
			throw new UnconfirmedEmailException();
		}
		status.check(user);
	}

}
