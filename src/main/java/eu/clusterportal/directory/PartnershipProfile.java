package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a partnership's page shows: the partnership with its terms, targets and
 * members, its description rendered from Markdown ({@code null} if it has none) and its
 * news.
 */
record PartnershipProfile(Partnership partnership, String descriptionHtml, List<NewsItem> news) {
}
