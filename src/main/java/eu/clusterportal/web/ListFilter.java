package eu.clusterportal.web;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What a public list (news, documents) is filtered by, as the URL gives it: a value for
 * each filter parameter that is set, in the order of the form, and a search text. Values
 * are tidied (stripped, lower case); whether they exist is checked against
 * {@link FilterOptions}.
 *
 * @param values the parameters that are set, in order, with their values
 * @param text what to search for, blank for no search
 */
public record ListFilter(Map<String, String> values, String text) {

	/** The URL parameter of the search text. */
	public static final String TEXT = "q";

	public ListFilter {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * @param requested each filter parameter with its value from the URL, in the order of
	 * the form; blank or missing values are "any"
	 * @param text the search text from the URL, already made safe to search for
	 */
	public static ListFilter of(Map<String, String> requested, String text) {
		Map<String, String> values = new LinkedHashMap<>();
		requested.forEach((param, value) -> {
			if (value != null && !value.isBlank()) {
				values.put(param, value.strip().toLowerCase(Locale.ROOT));
			}
		});
		return new ListFilter(values, (text != null) ? text.strip() : "");
	}

	/** The value of a parameter, or {@code null} for "any". */
	public String value(String param) {
		return values.get(param);
	}

	/** The parameters that are set, in order. */
	public List<String> params() {
		return List.copyOf(values.keySet());
	}

	public boolean hasText() {
		return !text.isEmpty();
	}

	/** Whether nothing narrows the list: no filter and no search. */
	public boolean isEmpty() {
		return values.isEmpty() && !hasText();
	}

	/** The same filter without the given parameter ({@link #TEXT} for the search). */
	public ListFilter without(String param) {
		if (TEXT.equals(param)) {
			return new ListFilter(values, "");
		}
		Map<String, String> rest = new LinkedHashMap<>(values);
		rest.remove(param);
		return new ListFilter(rest, text);
	}

	/**
	 * Adds the parameters that are set, and the search, to a URL, encoded: build it
	 * without encoding again.
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder url) {
		values.forEach((param, value) -> url.queryParam(param, encode(value)));
		if (hasText()) {
			url.queryParam(TEXT, encode(text));
		}
		return url;
	}

	// A plus sign is legal in a query but read back as a space, so it is encoded too.
	private static String encode(String value) {
		return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B");
	}

}
