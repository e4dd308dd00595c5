package eu.clusterportal.editorial;

/** Someone else saved the item since the editor opened it; their version stays. */
public class EditConflictException extends RuntimeException {

	public EditConflictException() {
		super("The item was changed by someone else");
	}

}
