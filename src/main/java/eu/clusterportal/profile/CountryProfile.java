package eu.clusterportal.profile;

import java.util.List;

import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a country page shows, loaded in one read-only transaction.
 *
 * @param clusterTexts the descriptions of the regions and clusters in {@code clusters}
 */
public record CountryProfile(Country country, List<KeyFact> keyFacts, List<SectionView> sections,
		ClusterLandscape clusters, LandscapeTexts clusterTexts, List<Document> documents, List<NewsItem> news,
		List<Event> events, List<Achievement> achievements, List<NewsItem> escp4iNews, List<Partnership> partnerships) {
}
