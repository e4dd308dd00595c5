package eu.clusterportal.organisation.membership;

/** An editor decided on a request another editor had decided on meanwhile. */
public class AlreadyDecidedException extends RuntimeException {

	public AlreadyDecidedException() {
		super("Already decided", null, false, false);
	}

}
