package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** An event about a country, held at a place, online, or both. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Event extends ContentItem {

	private LocalDate startsOn;

	/** {@code null} for a one-day event. */
	private LocalDate endsOn;

	private String location;

	private String onlineUrl;

	@Enumerated(EnumType.STRING)
	private EventKind kind = EventKind.OTHER;

	@Enumerated(EnumType.STRING)
	private EventAudience audience = EventAudience.EVERYONE;

	protected Event() {
	}

	public Event(Country country, String title, LocalDate startsOn, LocalDate endsOn) {
		super(country, title);
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public Event(Country country, String title, LocalDate startsOn, LocalDate endsOn, EventKind kind,
			EventAudience audience, String location) {
		this(country, title, startsOn, endsOn);
		this.kind = kind;
		this.audience = audience;
		this.location = location;
	}

	/** A new event as an editor describes it. */
	public Event(EventDetails details) {
		super(details.country(), details.title());
		edit(details);
	}

	/** Replaces everything an editor can change. */
	public void edit(EventDetails details) {
		setContent(details.country(), details.title(), details.summary(), details.status());
		this.kind = details.kind();
		this.audience = details.audience();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.location = details.location();
		this.onlineUrl = details.onlineUrl();
	}

	/** What an editor can change, as it is now. */
	public EventDetails details() {
		return new EventDetails(getCountry(), getTitle(), kind, audience, startsOn, endsOn, location, onlineUrl,
				getSummary(), getStatus());
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public String getLocation() {
		return location;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public EventKind getKind() {
		return kind;
	}

	public EventAudience getAudience() {
		return audience;
	}

	/** The event's last day: its end, or its start for a one-day event. */
	public LocalDate getLastDay() {
		return (endsOn != null) ? endsOn : startsOn;
	}

}
