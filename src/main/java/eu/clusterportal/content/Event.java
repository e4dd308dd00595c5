package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An event about a country, held at a place, online, or both. */
@Entity
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	private LocalDate startsOn;

	/** {@code null} for a one-day event. */
	private LocalDate endsOn;

	private String location;

	private String onlineUrl;

	private String summary;

	protected Event() {
	}

	public Event(Country country, String title, LocalDate startsOn, LocalDate endsOn) {
		this.country = country;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public String getTitle() {
		return title;
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

	public String getSummary() {
		return summary;
	}

}
