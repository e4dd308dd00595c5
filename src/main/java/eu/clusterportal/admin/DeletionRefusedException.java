package eu.clusterportal.admin;

/** Refuses to delete an item that other entries still depend on; nothing has been changed. */
public class DeletionRefusedException extends RuntimeException {

	private final transient Dependents dependents;

	public DeletionRefusedException(Dependents dependents) {
		super("Other entries still depend on this item");
		this.dependents = dependents;
	}

	public Dependents getDependents() {
		return dependents;
	}

}
