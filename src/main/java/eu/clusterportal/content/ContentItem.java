package eu.clusterportal.content;

import eu.clusterportal.country.Country;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** Something a country page lists in one of its content blocks: a title and a short summary. */
@MappedSuperclass
public abstract class ContentItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	private String summary;

	protected ContentItem() {
	}

	protected ContentItem(Country country, String title) {
		this.country = country;
		this.title = title;
	}

	public Long getId() {
		return id;
	}

	public Country getCountry() {
		return country;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

}
