package eu.clusterportal.content;

import java.time.Year;

import eu.clusterportal.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A result of cooperation with a country, such as a joint project. */
@Entity
public class Achievement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	private String summary;

	@Column(name = "start_year")
	private Year start;

	@Column(name = "end_year")
	private Year end;

	private String url;

	protected Achievement() {
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public Year getStart() {
		return start;
	}

	public Year getEnd() {
		return end;
	}

	public String getUrl() {
		return url;
	}

}
