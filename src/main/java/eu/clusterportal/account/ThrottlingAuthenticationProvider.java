package eu.clusterportal.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a password only while its e-mail address is not locked, and counts the failures
 * that lock it.
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
		String email = authentication.getName();
		if (throttle.isLocked(email)) {
			throw new LockedException("Too many failed sign-ins");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
