package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.PublicationStatus;

/**
 * Everything an editor sets on an achievement, as one value: what a form hands over and
 * what an earlier version gives back to be restored.
 *
 * @param source where what it says comes from, {@code null} when not recorded
 */
public record AchievementDetails(Country country, String title, Year start, Year end, String url, String summary,
		PublicationStatus status, Provenance source) {
}
