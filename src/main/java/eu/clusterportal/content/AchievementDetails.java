package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;

/**
 * Everything an editor sets on an achievement, as one value: what a form hands over and
 * what an earlier version gives back to be restored.
 */
public record AchievementDetails(Country country, String title, Year start, Year end, String url, String summary,
		PublicationStatus status) {
}
