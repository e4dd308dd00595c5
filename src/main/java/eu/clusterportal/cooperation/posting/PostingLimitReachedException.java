package eu.clusterportal.cooperation.posting;

/**
 * A member posted as many requests as a day allows; nothing was saved.
 */
class PostingLimitReachedException extends RuntimeException {

	PostingLimitReachedException() {
		super("Too many partner requests within a day");
	}

}
