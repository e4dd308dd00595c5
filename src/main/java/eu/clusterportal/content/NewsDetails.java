package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything an editor sets on a news item, as one value: what a form hands over and what
 * an earlier version gives back to be restored.
 */
public record NewsDetails(Country country, NewsChannel channel, Partnership partnership, String title,
		LocalDate publishedOn, String summary, String url, PublicationStatus status) {
}
