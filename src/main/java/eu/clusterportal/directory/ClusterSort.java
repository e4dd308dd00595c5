package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.web.SortParameter;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort;

/**
 * The order of the cluster directory, read from a URL parameter such as
 * {@code city,desc}. Ties break by name (ascending) and then by slug, so the order, and
 * so the pages, are the same on every request. Clusters without a city come last in both
 * directions.
 */
public record ClusterSort(Key key, Direction direction) {

	public static final ClusterSort DEFAULT = new ClusterSort(Key.NAME, Direction.ASC);

	/** A sortable column: its URL name and the entity property it sorts by. */
	public enum Key {

		NAME("name", "name"), CITY("city", "city"), COUNTRY("country", "country.name");

		private final String parameter;

		private final String property;

		Key(String parameter, String property) {
			this.parameter = parameter;
			this.property = property;
		}

		public String parameter() {
			return parameter;
		}

		static Optional<Key> fromParameter(String value) {
			return Arrays.stream(values()).filter((k) -> k.parameter.equals(value)).findFirst();
		}

	}

	/** Every order the directory offers, for the sort menu of its form. */
	public static List<ClusterSort> all() {
		return Arrays.stream(Key.values())
			.flatMap((key) -> Arrays.stream(Direction.values()).map((d) -> new ClusterSort(key, d)))
			.toList();
	}

	/**
	 * The sort a URL parameter asks for: {@code key} (ascending) or {@code key,asc|desc}.
	 * Anything else gives the default order, by name, rather than an error.
	 */
	public static ClusterSort fromParameter(String value) {
		return SortParameter.parse(value)
			.flatMap((sort) -> Key.fromParameter(sort.key())
				.map((key) -> new ClusterSort(key, sort.direction().orElse(Direction.ASC))))
			.orElse(DEFAULT);
	}

	public String toParameter() {
		return key.parameter + "," + direction.name().toLowerCase();
	}

	public boolean isDefault() {
		return equals(DEFAULT);
	}

	/**
	 * The sort a click on the given column's header leads to: the current column flips,
	 * another starts ascending.
	 */
	public ClusterSort next(Key column) {
		if (column == key) {
			return new ClusterSort(key, direction.isAscending() ? Direction.DESC : Direction.ASC);
		}
		return new ClusterSort(column, Direction.ASC);
	}

	public Sort toSort() {
		Sort sort = Sort.by(new Sort.Order(direction, key.property).nullsLast());
		if (key != Key.NAME) {
			sort = sort.and(Sort.by(Direction.ASC, Key.NAME.property));
		}
		return sort.and(Sort.by(Direction.ASC, "slug"));
	}

}
