package eu.clusterportal.account;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Who signed in, with the role and security stamp of the account row their password was
 * checked against: the session keeps them, and {@link SecurityStampFilter} ends it once
 * the account's stamp differs.
 */
final class SignedInAccount extends User {

	private final UUID securityStamp;

	private SignedInAccount(Account account) {
		super(account.getEmail(), account.getPassword(), account.isEnabled() && account.isEmailConfirmed(), true, true,
				true, List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
		this.securityStamp = account.getSecurityStamp();
	}

	static SignedInAccount of(Account account) {
		return new SignedInAccount(account);
	}

	UUID getSecurityStamp() {
		return securityStamp;
	}

}
