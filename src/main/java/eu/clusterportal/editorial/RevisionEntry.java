package eu.clusterportal.editorial;

import org.hibernate.envers.RevisionType;

/**
 * An item as it was after one saved change.
 *
 * @param item the item's state at that revision
 * @param revision when and by whom
 * @param type whether the change created, changed or deleted the item
 */
public record RevisionEntry<T>(T item, Revision revision, RevisionType type) {
}
