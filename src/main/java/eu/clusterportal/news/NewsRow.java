package eu.clusterportal.news;

import java.time.LocalDate;

import eu.clusterportal.content.NewsChannel;

/**
 * A news item as the news list shows it.
 *
 * @param summary the summary as plain text, without Markdown, or {@code null}
 */
public record NewsRow(long id, String title, String summary, LocalDate publishedOn, NewsChannel channel,
		String countrySlug, String countryName) {
}
