package eu.clusterportal.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Counts every sign-in attempt by the canonical e-mail address before its password is
 * checked, and checks it only while the address is not locked; only a success clears the
 * count. The password check looks the account up by that same canonical address.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottlingAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = EmailAddresses.canonical(authentication.getName());
		if (email.length() > EmailAddresses.MAX_LENGTH) {
			// No account has such an address, and it would not fit the throttle's key.
			throw new BadCredentialsException("No account");
		}
		if (!throttle.tryAttempt(email)) {
			throw new LockedException("Too many failed sign-ins");
		}
		Authentication result = passwords
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, authentication.getCredentials()));
		throttle.recordSuccess(email);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
