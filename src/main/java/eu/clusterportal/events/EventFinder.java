package eu.clusterportal.events;

import static eu.clusterportal.content.EventSpecifications.endedBefore;
import static eu.clusterportal.content.EventSpecifications.endingOnOrAfter;
import static eu.clusterportal.content.EventSpecifications.forAudience;
import static eu.clusterportal.content.EventSpecifications.inCountry;
import static eu.clusterportal.content.EventSpecifications.ofKind;
import static eu.clusterportal.content.EventSpecifications.published;
import static eu.clusterportal.content.EventSpecifications.startingOnOrBefore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventRepository;
import eu.clusterportal.web.PublicPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the events an {@link EventSearch} asks for: upcoming ones soonest first, past
 * ones latest first.
 */
@Service
@Transactional(readOnly = true)
class EventFinder {

	/** The most events a feed or calendar file holds. */
	static final int FEED_SIZE = 200;

	private final EventRepository events;

	private final Clock clock;

	EventFinder(EventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** The page asked for; a page past the last gives the last. */
	Page<Event> findPage(EventSearch search) {
		Specification<Event> specification = specification(search);
		return PublicPage.find(search.page() - 1, sort(search), (pageable) -> events.findAll(specification, pageable));
	}

	List<Event> findForFeed(EventSearch search) {
		return events.findAll(specification(search), PageRequest.of(0, FEED_SIZE, sort(search))).getContent();
	}

	private Specification<Event> specification(EventSearch search) {
		LocalDate today = LocalDate.now(clock);
		Specification<Event> spec = published();
		if (search.period() == EventPeriod.UPCOMING) {
			spec = spec.and(endingOnOrAfter(today));
		}
		else if (search.period() == EventPeriod.PAST) {
			spec = spec.and(endedBefore(today));
		}
		if (search.country() != null) {
			spec = spec.and(inCountry(search.country()));
		}
		if (search.from() != null) {
			spec = spec.and(endingOnOrAfter(search.from()));
		}
		if (search.to() != null) {
			spec = spec.and(startingOnOrBefore(search.to()));
		}
		if (search.kind() != null) {
			spec = spec.and(ofKind(search.kind()));
		}
		if (search.audience() != null) {
			spec = spec.and(forAudience(search.audience()));
		}
		return spec;
	}

	private static Sort sort(EventSearch search) {
		Sort.Direction direction = (search.period() == EventPeriod.PAST) ? Sort.Direction.DESC : Sort.Direction.ASC;
		return Sort.by(direction, "startsOn").and(Sort.by("title"));
	}

}
