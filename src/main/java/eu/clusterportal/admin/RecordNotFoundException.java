package eu.clusterportal.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record, revision or section an admin page asks for does not exist (any more): a 404
 * page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException() {
		super("No such record");
	}

}
