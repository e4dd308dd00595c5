package eu.clusterportal.content;

import java.time.LocalDate;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Entity
public class NewsItem extends ContentItem {

	@Enumerated(EnumType.STRING)
	private NewsChannel channel;

	private LocalDate publishedOn;

	private String url;

	protected NewsItem() {
	}

	public NewsItem(Country country, NewsChannel channel, String title, LocalDate publishedOn) {
		super(country, title);
		this.channel = channel;
		this.publishedOn = publishedOn;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getUrl() {
		return url;
	}

}
