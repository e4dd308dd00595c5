package eu.clusterportal.events;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;

import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.AtomFeed;
import eu.clusterportal.web.AtomFeedView;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.web.PortalBaseUrl;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The list of events, and the same list as an Atom feed and an iCalendar file. */
@Controller
class EventController {

	static final String VIEW = "events/list";

	private final EventFinder finder;

	private final CountryRepository countries;

	private final MessageSource messages;

	private final PortalBaseUrl baseUrl;

	EventController(EventFinder finder, CountryRepository countries, MessageSource messages, PortalBaseUrl baseUrl) {
		this.finder = finder;
		this.countries = countries;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/events")
	String list(EventParameters parameters, Language language, Model model) {
		EventSearch search = parameters.toSearch();
		Page<Event> events = finder.findPage(search);
		model.addAttribute("search", search);
		model.addAttribute("events", events.getContent().stream().map((e) -> EventView.of(e, language)).toList());
		model.addAttribute("pagination", Pagination.of(events, search.toUri("/events")));
		model.addAttribute("countries", CountrySummary.inLanguage(countries.findSummaries(), language));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("audiences", EventAudience.values());
		model.addAttribute("periods", EventPeriod.values());
		model.addAttribute("atomHref", search.toUri("/events.atom").build().toUriString());
		model.addAttribute("calendarHref", search.toUri("/events.ics").build().toUriString());
		return VIEW;
	}

	@GetMapping("/events.atom")
	ModelAndView atom(EventParameters parameters, Language language) {
		EventSearch search = parameters.toSearch();
		List<AtomFeed.Entry> entries = finder.findForFeed(search).stream().map((event) -> {
			EventView view = EventView.of(event, language);
			return new AtomFeed.Entry(baseUrl.url(language, "/events#event-" + event.getId()), view.title().value(),
					EventCalendar.link(event, baseUrl, language).toString(),
					event.getStartsOn().atStartOfDay().toInstant(ZoneOffset.UTC),
					(view.summary() != null) ? view.summary().value() : null);
		}).toList();
		String title = messages.getMessage("events.feed.title", null, LocaleContextHolder.getLocale());
		String author = messages.getMessage("site.name", null, LocaleContextHolder.getLocale());
		AtomFeed feed = new AtomFeed(baseUrl.url(language, search.toUri("/events.atom").build().toUriString()), title,
				author, baseUrl.url(language, search.toUri("/events").build().toUriString()), entries);
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL_ATTRIBUTE, feed);
	}

	@GetMapping("/events.ics")
	void calendar(EventParameters parameters, Language language, HttpServletResponse response) throws IOException {
		EventSearch search = parameters.toSearch();
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"events.ics\"");
		String noEvents = messages.getMessage("events.calendar.none", null, LocaleContextHolder.getLocale());
		EventCalendar.write(finder.findForFeed(search), baseUrl, language, noEvents, response.getWriter());
	}

}
