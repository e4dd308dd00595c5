package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.jpa.domain.Specification;

/** The conditions the event list can combine. */
public final class EventSpecifications {

	private EventSpecifications() {
	}

	public static Specification<Event> published() {
		return (event, query, cb) -> cb.equal(event.get("status"), PublicationStatus.PUBLISHED);
	}

	public static Specification<Event> inCountry(String slug) {
		return (event, query, cb) -> cb.equal(event.get("country").get("slug"), slug);
	}

	/** Events still going on or to come on the given day. */
	public static Specification<Event> endingOnOrAfter(LocalDate day) {
		return (event, query, cb) -> cb.greaterThanOrEqualTo(cb.coalesce(event.get("endsOn"), event.get("startsOn")),
				day);
	}

	/** Events over before the given day. */
	public static Specification<Event> endedBefore(LocalDate day) {
		return (event, query, cb) -> cb.lessThan(cb.coalesce(event.get("endsOn"), event.get("startsOn")), day);
	}

	public static Specification<Event> startingOnOrBefore(LocalDate day) {
		return (event, query, cb) -> cb.lessThanOrEqualTo(event.get("startsOn"), day);
	}

	public static Specification<Event> ofKind(EventKind kind) {
		return (event, query, cb) -> cb.equal(event.get("kind"), kind);
	}

	public static Specification<Event> forAudience(EventAudience audience) {
		return (event, query, cb) -> cb.equal(event.get("audience"), audience);
	}

}
