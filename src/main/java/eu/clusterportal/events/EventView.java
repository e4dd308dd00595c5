package eu.clusterportal.events;

import java.time.LocalDate;

import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;

/**
 * An event as the list, its feed and its calendar show it, its texts in the page's
 * language; named as the event fragment of the country page reads them.
 *
 * @param summary {@code null} when it has none
 * @param location {@code null} when not known or online
 */
record EventView(long id, LocalizedText title, LocalizedText summary, PublicationStatus status, LocalDate startsOn,
		LocalDate endsOn, LocalizedText location, String onlineUrl, EventKind kind, EventAudience audience,
		String countrySlug, LocalizedText countryName) {

	static EventView of(Event event, Language language) {
		return new EventView(event.getId(), text(event, "title", event.getTitle(), language),
				text(event, "summary", event.getSummary(), language), event.getStatus(), event.getStartsOn(),
				event.getEndsOn(), text(event, "location", event.getLocation(), language), event.getOnlineUrl(),
				event.getKind(), event.getAudience(), event.getCountry().getSlug(),
				CountryNames.text(event.getCountry(), language, false));
	}

	private static LocalizedText text(Translatable item, String field, String original, Language language) {
		return (original != null) ? item.getTranslations().text(field, original, language, false) : null;
	}

}
