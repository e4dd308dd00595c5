package eu.clusterportal.account;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The right password of a member who has not confirmed the address yet: the sign-in page
 * asks them to follow the link of the confirmation mail, or to ask for a new one.
 */
class UnconfirmedEmailException extends AccountStatusException {

	UnconfirmedEmailException() {
		super("The e-mail address is not confirmed yet");
	}

}
