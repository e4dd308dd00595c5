package eu.clusterportal.events;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.List;

import eu.clusterportal.content.Event;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Writes events as an iCalendar file, so that people can add them to their own calendars. */
final class EventCalendar {

	private EventCalendar() {
	}

	/**
	 * @param site the portal's absolute base URL, for the events' links and unique ids
	 */
	static void write(List<Event> events, String site, Writer out) throws IOException {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//EU-China Cluster Portal//Events//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (Event event : events) {
			// All-day events: DTEND is the day after the last day.
			VEvent entry = new VEvent(event.getStartsOn(), event.getLastDay().plusDays(1), event.getTitle());
			entry.add(new Uid("event-" + event.getId() + "@" + URI.create(site).getHost()));
			if (event.getLocation() != null) {
				entry.add(new Location(event.getLocation()));
			}
			if (event.getSummary() != null) {
				entry.add(new Description(event.getSummary()));
			}
			entry.add(new Url(URI.create((event.getOnlineUrl() != null) ? event.getOnlineUrl()
					: site + "/countries/" + event.getCountry().getSlug() + "#events")));
			calendar.add(entry);
		}
		new CalendarOutputter().output(calendar, out);
	}

}
