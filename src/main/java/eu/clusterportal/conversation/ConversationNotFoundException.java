package eu.clusterportal.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A conversation, message or request that does not exist or is not the member's to see:
 * the two are answered alike, so nothing tells that it exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ConversationNotFoundException extends RuntimeException {

	ConversationNotFoundException() {
		super(null, null, false, false);
	}

}
