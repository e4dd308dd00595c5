package eu.clusterportal.cache;

import java.util.Set;

/**
 * What a kept page shows, for clearing it when that changes: a page about one country
 * knows its scope ({@code in:Country#id}) and the rows it loaded; any other page may list
 * anything and is cleared by every change of public content.
 *
 * @param everyChange whether every change clears the page
 * @param tags the page's scope and the rows it loaded, for a page about one country
 */
record PageTags(boolean everyChange, Set<String> tags) {

	static final PageTags EVERY_CHANGE = new PageTags(true, Set.of());

	PageTags {
		tags = Set.copyOf(tags);
	}

	/** Up to two bytes per character and some for each tag's objects. */
	int weight() {
		return this.tags.stream().mapToInt((tag) -> 48 + 2 * tag.length()).sum();
	}

}
