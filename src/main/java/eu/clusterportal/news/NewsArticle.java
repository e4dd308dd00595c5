package eu.clusterportal.news;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A news item's own page.
 *
 * @param item the item, with its country and partnership
 * @param title its title in the page's language
 * @param bodyHtml its summary in the page's language, rendered from Markdown
 * @param countryName its country's name in the page's language
 */
public record NewsArticle(NewsItem item, LocalizedText title, LocalizedText bodyHtml, LocalizedText countryName) {
}
