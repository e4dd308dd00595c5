package eu.clusterportal.admin;

/**
 * Refuses to delete an item that other entries still depend on; nothing has been changed.
 * The delete page names them.
 */
public class DeletionRefusedException extends RuntimeException {

	public DeletionRefusedException() {
		super("Other entries still depend on this item");
	}

}
