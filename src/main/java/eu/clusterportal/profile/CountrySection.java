package eu.clusterportal.profile;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One text section of a country profile: a short lead and a longer Markdown body. */
@Entity
public class CountrySection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	@Enumerated(EnumType.STRING)
	private SectionTopic topic;

	private String lead;

	private String body;

	protected CountrySection() {
	}

	public SectionTopic getTopic() {
		return topic;
	}

	public String getLead() {
		return lead;
	}

	public String getBody() {
		return body;
	}

}
