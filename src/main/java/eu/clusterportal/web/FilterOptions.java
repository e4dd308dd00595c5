package eu.clusterportal.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices of a public list's filter form, for each parameter: only values that occur
 * in the list, so that every menu stays short. A value that is not among them is unknown
 * and left out of the filter.
 *
 * @param menus each parameter with its choices, in the order of the form
 */
public record FilterOptions(Map<String, List<Option>> menus) {

	/**
	 * One choice.
	 *
	 * @param value what the URL carries
	 * @param label what people read
	 */
	public record Option(String value, String label) {
	}

	public FilterOptions {
		menus = Collections.unmodifiableMap(new LinkedHashMap<>(menus));
	}

	/** The choices for a parameter. */
	public List<Option> options(String param) {
		return menus.getOrDefault(param, List.of());
	}

	/** The label of a value of a parameter, if the value is known. */
	public Optional<String> label(String param, String value) {
		return options(param).stream().filter((o) -> o.value().equals(value)).map(Option::label).findFirst();
	}

	/** The parameters of a filter whose values are not among the choices. */
	public List<String> unknown(ListFilter filter) {
		return filter.params().stream().filter((p) -> label(p, filter.value(p)).isEmpty()).toList();
	}

	/** The filter without its unknown values. */
	public ListFilter known(ListFilter filter) {
		ListFilter known = filter;
		for (String param : unknown(filter)) {
			known = known.without(param);
		}
		return known;
	}

}
