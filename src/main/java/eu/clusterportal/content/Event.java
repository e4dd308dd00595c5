package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;

/** An event about a country, held at a place, online, or both. */
@Entity
public class Event extends ContentItem {

	private LocalDate startsOn;

	/** {@code null} for a one-day event. */
	private LocalDate endsOn;

	private String location;

	private String onlineUrl;

	protected Event() {
	}

	public Event(Country country, String title, LocalDate startsOn, LocalDate endsOn) {
		super(country, title);
		this.startsOn = startsOn;
		this.endsOn = endsOn;
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

}
