package eu.clusterportal.search;

import java.util.List;

import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.editorial.LocalizedText;

/**
 * One thing the search found, its texts in the page's language where they are translated.
 *
 * @param type what kind of thing it is
 * @param title its name or title; {@code null} for a country section, whose title is its
 * topic's
 * @param topic the topic of a country section, else {@code null}
 * @param context where it belongs, e.g. its city and country; empty when nothing
 * @param href where it lives on the portal, or its own address
 * @param snippetHtml an HTML-safe extract with the matching words in {@code <mark>}, or
 * {@code null}
 * @param snippetLang the language of the extract when it is not the page's (an English
 * extract on a Chinese page), else {@code null}
 * @param closed whether it is a partner request that is closed or past its deadline
 */
public record SearchHit(SearchType type, LocalizedText title, SectionTopic topic, List<LocalizedText> context,
		String href, String snippetHtml, String snippetLang, boolean closed) {

}
