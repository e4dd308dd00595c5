package eu.clusterportal.news;

import eu.clusterportal.content.NewsItem;

/**
 * A news item's own page.
 *
 * @param item the item, with its country and partnership
 * @param bodyHtml its summary, rendered from Markdown
 */
public record NewsArticle(NewsItem item, String bodyHtml) {
}
