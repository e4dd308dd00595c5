package eu.clusterportal.alerts;

import java.util.List;

/**
 * What a digest lists, section by section, each entry with its absolute link.
 *
 * @param requests new open partner requests that concern what the member follows
 * @param matches new open requests that fit the member's organisations
 * @param news new news of followed countries and partnerships
 * @param events new events in followed countries
 * @param documents new documents about followed countries
 */
record Digest(List<Entry> requests, List<Entry> matches, List<Entry> news, List<Entry> events, List<Entry> documents) {

	/** Whether there is nothing new, so no mail. */
	boolean isEmpty() {
		return sections().isEmpty();
	}

	/** The sections that have entries, in the mail's order. */
	List<Section> sections() {
		return List
			.of(new Section("requests", requests), new Section("matches", matches), new Section("news", news),
					new Section("events", events), new Section("documents", documents))
			.stream()
			.filter((section) -> !section.isEmpty())
			.toList();
	}

	/**
	 * @param name the section's name in its message key
	 * {@code mail.digest.section.{name}}
	 */
	record Section(String name, List<Entry> entries) {

		boolean isEmpty() {
			return entries.isEmpty();
		}

	}

	/**
	 * @param language the tag of the title's language, which may not be the mail's
	 */
	record Entry(String title, String language, String url) {

	}

}
