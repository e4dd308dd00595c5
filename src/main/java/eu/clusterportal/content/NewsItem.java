package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class NewsItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	@Enumerated(EnumType.STRING)
	private NewsChannel channel;

	private String title;

	private LocalDate publishedOn;

	private String summary;

	private String url;

	protected NewsItem() {
	}

	public NewsItem(Country country, NewsChannel channel, String title, LocalDate publishedOn) {
		this.country = country;
		this.channel = channel;
		this.title = title;
		this.publishedOn = publishedOn;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getSummary() {
		return summary;
	}

	public String getUrl() {
		return url;
	}

}
