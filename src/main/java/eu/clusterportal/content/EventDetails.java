package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;

/**
 * Everything an editor sets on an event, as one value: what a form hands over and what an
 * earlier version gives back to be restored.
 */
public record EventDetails(Country country, String title, EventKind kind, EventAudience audience, LocalDate startsOn,
		LocalDate endsOn, String location, String onlineUrl, String summary, PublicationStatus status) {
}
