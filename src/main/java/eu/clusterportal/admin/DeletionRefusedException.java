package eu.clusterportal.admin;

/** Refuses to delete an item that other entries still depend on; nothing has been changed. */
class DeletionRefusedException extends RuntimeException {

	private final transient Dependents dependents;

	DeletionRefusedException(Dependents dependents) {
		super("Other entries still depend on this item");
		this.dependents = dependents;
	}

	Dependents getDependents() {
		return dependents;
	}

}
