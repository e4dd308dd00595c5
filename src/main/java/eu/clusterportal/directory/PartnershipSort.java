package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.Optional;

import eu.clusterportal.web.SortParameter;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort;

/**
 * The order of a partnership table, read from a URL parameter such as {@code smes,desc}.
 * Unknown figures sort last in both directions, and ties break by acronym, so the order
 * is the same on every request.
 */
public record PartnershipSort(Key key, Direction direction) {

	/**
	 * SMEs involved, fewest first, as the original country pages order their ESCP-4i
	 * table; the directory shows the same table in the same order.
	 */
	public static final PartnershipSort DEFAULT = new PartnershipSort(Key.SMES, Direction.ASC);

	/** By acronym, for lists of links rather than the ESCP-4i table. */
	public static final PartnershipSort BY_ACRONYM = new PartnershipSort(Key.ACRONYM, Direction.ASC);

	/**
	 * A sortable column: its URL name, the entity property and the direction of a first
	 * click.
	 */
	public enum Key {

		ACRONYM("acronym", "acronym", Direction.ASC), NAME("name", "name", Direction.ASC),
		SMES("smes", "smesInvolved", Direction.DESC), PARTNERS("partners", "partners", Direction.DESC);

		private final String parameter;

		private final String property;

		private final Direction firstDirection;

		Key(String parameter, String property, Direction firstDirection) {
			this.parameter = parameter;
			this.property = property;
			this.firstDirection = firstDirection;
		}

		public String parameter() {
			return parameter;
		}

		static Optional<Key> fromParameter(String value) {
			return Arrays.stream(values()).filter((k) -> k.parameter.equals(value)).findFirst();
		}

	}

	/**
	 * The sort a URL parameter asks for: {@code key} or {@code key,asc|desc}. Anything
	 * else gives the default order rather than an error.
	 */
	public static PartnershipSort fromParameter(String value) {
		return SortParameter.parse(value)
			.flatMap((sort) -> Key.fromParameter(sort.key())
				.map((key) -> new PartnershipSort(key, sort.direction().orElse(key.firstDirection))))
			.orElse(DEFAULT);
	}

	public String toParameter() {
		return key.parameter + "," + direction.name().toLowerCase();
	}

	/** The sort a click on the given column's header leads to. */
	public PartnershipSort next(Key column) {
		if (column == key) {
			return new PartnershipSort(key, direction.isAscending() ? Direction.DESC : Direction.ASC);
		}
		return new PartnershipSort(column, column.firstDirection);
	}

	public Sort toSort() {
		Sort sort = Sort.by(new Sort.Order(direction, key.property).nullsLast());
		return (key == Key.ACRONYM) ? sort : sort.and(Sort.by(Direction.ASC, Key.ACRONYM.property));
	}

}
