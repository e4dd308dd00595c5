package eu.clusterportal.editorial;

import org.hibernate.envers.RevisionType;

/**
 * An item as it was after one saved change.
 *
 * @param item the item's state at that revision
 * @param revision when and by whom
 * @param type whether the change created, changed or deleted the item
 * @param changes which texts it changed, for translatable items whose history reads that
 */
public record RevisionEntry<T>(T item, Revision revision, RevisionType type, TextChanges changes) {

	public RevisionEntry(T item, Revision revision, RevisionType type) {
		this(item, revision, type, null);
	}

	/** The same revision showing another view of the item, e.g. a snapshot. */
	public <S> RevisionEntry<S> showing(S view) {
		return new RevisionEntry<>(view, revision, type, changes);
	}

}
