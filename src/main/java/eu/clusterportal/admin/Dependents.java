package eu.clusterportal.admin;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What still refers to an item and so stops it from being deleted, grouped by kind, e.g.
 * "targeted by the partnerships EnW, GIVE". Empty when the item can go.
 */
public record Dependents(List<Group> groups) {

	/**
	 * Entries of one kind that depend on the item.
	 *
	 * @param messageKey a message that takes the names joined by commas ({0}) and their
	 * number ({1})
	 */
	public record Group(String messageKey, List<String> names) {
	}

	public static Dependents none() {
		return new Dependents(List.of());
	}

	/** The non-empty groups among the given ones. */
	public static Dependents of(Group... groups) {
		return new Dependents(Stream.of(groups).filter((group) -> !group.names().isEmpty()).toList());
	}

	public static Group group(String messageKey, Collection<String> names) {
		return new Group(messageKey, List.copyOf(names));
	}

	public boolean isEmpty() {
		return groups.isEmpty();
	}

}
