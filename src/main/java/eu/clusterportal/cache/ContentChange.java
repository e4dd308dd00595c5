package eu.clusterportal.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a committed transaction changed, as far as public pages go: either everything (a
 * change whose reach is unknown) or a set of tags, {@code Type#id} for every row written
 * and every row it refers to, and {@code in:Country#id} for the countries it belongs to.
 *
 * @param everything whether every kept page may show it
 * @param tags what it touched, when not everything
 */
record ContentChange(boolean everything, Set<String> tags) {

	static final ContentChange EVERYTHING = new ContentChange(true, Set.of());

	/** PostgreSQL refuses notification payloads of 8,000 bytes or more. */
	private static final int MAX_PAYLOAD_BYTES = 7000;

	private static final String EVERYTHING_PAYLOAD = "*";

	private static final String SEPARATOR = " ";

	ContentChange {
		tags = Set.copyOf(tags);
	}

	static ContentChange of(Set<String> tags) {
		return new ContentChange(false, tags);
	}

	/** The tag of what a row of this type and id belongs to or is. */
	static String entity(String type, Object id) {
		return type + "#" + id;
	}

	/** The tag of everything in a country, the scope of that country's pages. */
	static String inCountry(Object id) {
		return "in:" + entity("Country", id);
	}

	ContentChange and(ContentChange other) {
		if (this.everything || other.everything) {
			return EVERYTHING;
		}
		Set<String> both = new HashSet<>(this.tags);
		both.addAll(other.tags);
		return of(both);
	}

	/** Whether a page with these tags may show what changed. */
	boolean affects(PageTags page) {
		return this.everything || page.everyChange() || page.tags().stream().anyMatch(this.tags::contains);
	}

	/** This change as other instances receive it, everything if it is too long. */
	String toPayload(String prefix) {
		String payload = prefix + SEPARATOR
				+ (this.everything ? EVERYTHING_PAYLOAD : String.join(SEPARATOR, this.tags));
		return (payload.getBytes(StandardCharsets.UTF_8).length < MAX_PAYLOAD_BYTES) ? payload
				: prefix + SEPARATOR + EVERYTHING_PAYLOAD;
	}

	/** The change another instance sent after its prefix; everything if unreadable. */
	static ContentChange fromPayload(String tags) {
		if (tags == null || tags.isBlank() || tags.trim().equals(EVERYTHING_PAYLOAD)) {
			return EVERYTHING;
		}
		return of(Arrays.stream(tags.trim().split(SEPARATOR)).collect(Collectors.toSet()));
	}

}
