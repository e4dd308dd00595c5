package eu.clusterportal.search;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of things the site search finds; groups whose best results rank alike show in
 * this order.
 */
public enum SearchType {

	COUNTRY("countries"), SECTION("sections"), CLUSTER("clusters"), PARTNERSHIP("partnerships"),
	ORGANISATION("organisations"), REQUEST("requests"), NEWS("news"), EVENT("events"), DOCUMENT("documents"),
	ACHIEVEMENT("achievements");

	private final String parameter;

	SearchType(String parameter) {
		this.parameter = parameter;
	}

	/**
	 * The value of the {@code type} parameter that shows only this group, e.g.
	 * {@code clusters}.
	 */
	public String parameter() {
		return parameter;
	}

	/** The group a {@code type} parameter names; empty for anything else. */
	public static Optional<SearchType> fromParameter(String parameter) {
		return Stream.of(values()).filter((type) -> type.parameter.equals(parameter)).findFirst();
	}

}
