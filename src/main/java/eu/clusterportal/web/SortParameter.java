package eu.clusterportal.web;

import java.util.Optional;

import org.springframework.data.domain.Sort.Direction;

/**
 * A sort as a URL gives it: {@code key} or {@code key,asc|desc}, whatever the case and
 * spaces. Tables map the key to a column of their own and fall back to their default
 * order when there is nothing to read.
 *
 * @param key the column's URL name, in lower case
 * @param direction the direction, when the URL gives one
 */
public record SortParameter(String key, Optional<Direction> direction) {

	/** The parameter read, or nothing when it is missing or not of that form. */
	public static Optional<SortParameter> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String[] parts = value.trim().toLowerCase().split("\\s*,\\s*", -1);
		if (parts.length > 2) {
			return Optional.empty();
		}
		if (parts.length == 1) {
			return Optional.of(new SortParameter(parts[0], Optional.empty()));
		}
		return Direction.fromOptionalString(parts[1]).map((d) -> new SortParameter(parts[0], Optional.of(d)));
	}

}
