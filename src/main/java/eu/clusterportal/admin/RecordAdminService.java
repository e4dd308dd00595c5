package eu.clusterportal.admin;

import java.util.List;

import eu.clusterportal.editorial.RevisionEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What {@link RecordAdminController} needs from the service that edits one kind of
 * record.
 *
 * @param <T> the record
 * @param <R> a row of the editors' list
 * @param <F> the form
 */
public abstract class RecordAdminService<T, R, F> {

	/** The editors' list: records whose names contain the text. */
	public abstract Page<R> search(String text, Pageable pageable);

	/**
	 * The editors' list of the records whose names contain the text and that have no
	 * published Chinese translation (none, or a draft).
	 */
	public abstract Page<R> searchUntranslated(String text, Pageable pageable);

	/**
	 * @throws RecordNotFoundException if there is none
	 */
	public abstract T get(long id);

	/**
	 * Saves a new record from a form that passed its validators.
	 * @throws eu.clusterportal.editorial.InvalidValueException if it names something gone
	 * since
	 */
	public abstract T create(F form);

	/**
	 * Changes the record after a form that passed its validators.
	 * @throws eu.clusterportal.editorial.EditConflictException if the record changed
	 * since the form was opened
	 * @throws eu.clusterportal.editorial.InvalidValueException if it names something gone
	 * since
	 */
	public abstract void update(long id, F form);

	/**
	 * What still depends on the record and so stops it from being deleted; nothing by
	 * default.
	 */
	public Dependents dependents(long id) {
		return Dependents.none();
	}

	/**
	 * @throws DeletionRefusedException while something depends on the record
	 */
	public abstract void delete(long id);

	/** Every saved version, newest first. */
	public abstract List<? extends RevisionEntry<?>> history(long id);

	/**
	 * @throws RestoreRefusedException if the earlier version no longer fits
	 */
	public abstract void restore(long id, long revision);

	/**
	 * Makes the Chinese translation (texts and status) of an earlier version the current
	 * one, leaving the English texts as they are; this is itself a new revision.
	 * @throws RecordNotFoundException if the item or the revision is unknown
	 */
	public abstract void restoreTranslation(long id, long revision);

}
