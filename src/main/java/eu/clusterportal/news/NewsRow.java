package eu.clusterportal.news;

import java.time.LocalDate;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A news item as the news list shows it, its texts in the page's language.
 *
 * @param summary the summary as plain text, without Markdown, or {@code null}
 */
public record NewsRow(long id, LocalizedText title, LocalizedText summary, LocalDate publishedOn, NewsChannel channel,
		String countrySlug, LocalizedText countryName) {
}
