package eu.clusterportal.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks the current password a signed-in person types to confirm a change (a new
 * password, deleting the account), counted by the sign-in throttle: such a form must not
 * be a way to guess the password of a session left open.
 */
@Component
public class CurrentPasswordCheck {

	/** What the check found. */
	public enum Outcome {

		RIGHT, WRONG, LOCKED

	}

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	CurrentPasswordCheck(PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
	}

	public Outcome check(Account account, String password) {
		if (!throttle.tryAttempt(account.getEmail())) {
			return Outcome.LOCKED;
		}
		if (!passwordEncoder.matches(password, account.getPassword())) {
			return Outcome.WRONG;
		}
		throttle.recordSuccess(account.getEmail());
		return Outcome.RIGHT;
	}

}
