package eu.clusterportal.search;

import eu.clusterportal.country.SectionTopic;

/**
 * One thing the search found.
 *
 * @param type what kind of thing it is
 * @param title its name or title; {@code null} for a country section, whose title is its
 * topic's
 * @param topic the topic of a country section, else {@code null}
 * @param context where it belongs, e.g. its country, or {@code null}
 * @param href where it lives on the portal, or its own address
 * @param snippetHtml an HTML-safe extract with the matching words in {@code <mark>}, or
 * {@code null}
 */
public record SearchHit(SearchType type, String title, SectionTopic topic, String context, String href,
		String snippetHtml) {

}
