package eu.clusterportal.content.admin;

import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores events for editors. */
@Service
class EventAdminService extends ContentAdminService<Event, EventForm> {

	private final EventRepository events;

	EventAdminService(EventRepository events, CountryRepository countries, RevisionHistory history) {
		super(Event.class, events, countries, history);
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Event> search(String text, Pageable pageable) {
		return events.findByTitleContainingIgnoreCaseOrderByStartsOnDescIdDesc(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Event> searchUntranslated(String text, Pageable pageable) {
		return events.findUntranslated(text, pageable);
	}

	@Override
	public Event create(EventForm form) {
		Country country = country(form);
		return save(translated(new Event(form.toDetails(country)), form));
	}

	@Override
	public void update(long id, EventForm form) {
		Event event = get(id);
		event.checkVersion(form.getVersion());
		Country country = country(form);
		event.edit(form.toDetails(country));
		translated(event, form);
	}

	@Override
	public void copy(Event earlier, Event event) {
		event.edit(earlier.details());
	}

}
