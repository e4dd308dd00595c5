package eu.clusterportal.events;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;

import eu.clusterportal.content.Event;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PortalBaseUrl;
import eu.clusterportal.web.WebAddress;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.XComponent;
import net.fortuna.ical4j.model.property.Comment;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes events as an iCalendar file, so that people can add them to their own calendars.
 */
final class EventCalendar {

	/**
	 * Stands in for the events when none matches: RFC 5545 (3.4, 3.6) wants at least one
	 * component, with at least one line, in a calendar, and applications must ignore an
	 * x-comp they do not know, so unlike a VJOURNAL or VTODO it shows up nowhere.
	 */
	static final String NO_EVENTS = "X-CLUSTER-PORTAL-NO-EVENTS";

	private EventCalendar() {
	}

	/**
	 * @param baseUrl the portal's address, for the events' links and unique ids
	 * @param language the language of the texts, where translated, and of the pages the
	 * events link to
	 * @param noEvents what the calendar says when no event matches, in that language
	 */
	static void write(List<Event> events, PortalBaseUrl baseUrl, Language language, String noEvents, Writer out)
			throws IOException {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//EU-China Cluster Portal//Events//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (Event event : events) {
			// All-day events: DTEND is the day after the last day.
			EventView view = EventView.of(event, language);
			VEvent entry = new VEvent(event.getStartsOn(), event.getLastDay().plusDays(1), view.title().value());
			entry.add(new Uid("event-" + event.getId() + "@" + baseUrl.host()));
			if (view.location() != null) {
				entry.add(new Location(view.location().value()));
			}
			if (view.summary() != null) {
				entry.add(new Description(view.summary().value()));
			}
			entry.add(new Url(link(event, baseUrl, language)));
			calendar.add(entry);
		}
		if (events.isEmpty()) {
			XComponent placeholder = new XComponent(NO_EVENTS);
			placeholder.add(new Comment(noEvents));
			calendar.add(placeholder);
		}
		new CalendarOutputter().output(calendar, out);
	}

	/**
	 * Where to read about an event: its online address, or when it has none that is a web
	 * address, its country page.
	 */
	static URI link(Event event, PortalBaseUrl baseUrl, Language language) {
		return WebAddress.parse(event.getOnlineUrl())
			.orElseGet(() -> URI.create(baseUrl.url(language,
					UriComponentsBuilder.fromPath("/countries/{slug}")
						.fragment("events")
						.buildAndExpand(event.getCountry().getSlug())
						.encode()
						.toUriString())));
	}

}
