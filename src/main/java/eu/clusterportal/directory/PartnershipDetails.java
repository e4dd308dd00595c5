package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.partnership.Partnership;

/** Everything a partnership's page shows: the partnership with its terms, targets and members, and its news. */
record PartnershipDetails(Partnership partnership, List<NewsItem> news) {
}
