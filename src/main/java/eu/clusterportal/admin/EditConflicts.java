package eu.clusterportal.admin;

import java.util.function.Supplier;

import eu.clusterportal.editorial.EditConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.Errors;

/**
 * Runs a save and turns what another editor did at the same moment into a form error, so
 * that the form shows it and keeps what was typed: a concurrent change of the same item
 * (the version check or the database's optimistic lock), or a name, code or slug taken or a
 * referenced record removed between the editor's checks and the commit (a constraint).
 */
public final class EditConflicts {

	private EditConflicts() {
	}

	public static void saveOrReject(Errors errors, Runnable save) {
		createOrReject(errors, () -> {
			save.run();
			return Boolean.TRUE;
		});
	}

	/** The created item, or null if the save was refused (the errors say why). */
	public static <T> T createOrReject(Errors errors, Supplier<T> create) {
		try {
			return create.get();
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			errors.reject("admin.conflict");
		}
		catch (DataIntegrityViolationException ex) {
			errors.reject("admin.clash");
		}
		return null;
	}

}
