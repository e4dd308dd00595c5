package eu.clusterportal.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Someone who is not a confirmed member, or a member writing for an organisation they
 * were not validated to represent.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAllowedException extends RuntimeException {

	NotAllowedException() {
		super(null, null, false, false);
	}

}
