package eu.clusterportal.admin;

import eu.clusterportal.editorial.EditConflictException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.Errors;

/**
 * Runs a save and turns a concurrent change, noticed by the version check or by the
 * database's optimistic lock, into a form error: the form shows it and keeps what was typed.
 */
final class EditConflicts {

	private EditConflicts() {
	}

	static void saveOrReject(Errors errors, Runnable save) {
		try {
			save.run();
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			errors.reject("admin.conflict");
		}
	}

}
