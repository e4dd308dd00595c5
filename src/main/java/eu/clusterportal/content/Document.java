package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A report or paper about a country, with a link when it can be read online. */
@Entity
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Column(name = "published_year")
	private Year published;

	private String summary;

	private String url;

	protected Document() {
	}

	public String getTitle() {
		return title;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public Year getPublished() {
		return published;
	}

	public String getSummary() {
		return summary;
	}

	public String getUrl() {
		return url;
	}

}
