package eu.clusterportal.content.admin;

import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.country.CountryRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain events: list and search, create, edit, delete, history and restore.
 */
@Controller
@RequestMapping("/admin/events")
class EventAdminController extends ContentAdminController<Event, EventForm> {

	EventAdminController(EventAdminService service, CountryRepository countries) {
		super("events", service, countries);
	}

	@Override
	protected EventForm newForm() {
		return new EventForm();
	}

	@Override
	protected EventForm formOf(Event item) {
		return EventForm.of(item);
	}

	@Override
	protected void addOwnChoices(EventForm form, Model model) {
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("audiences", EventAudience.values());
	}

}
