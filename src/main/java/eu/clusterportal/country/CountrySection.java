package eu.clusterportal.country;

import eu.clusterportal.editorial.TranslatableRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One text section of a country profile: a short lead and a longer Markdown body. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class CountrySection extends TranslatableRecord {

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

	public CountrySection(Country country, SectionTopic topic, SectionDetails details) {
		this.country = country;
		this.topic = topic;
		edit(details);
	}

	public Long getId() {
		return id;
	}

	public Country getCountry() {
		return country;
	}

	public void edit(SectionDetails details) {
		this.lead = details.lead();
		this.body = details.body();
	}

	/** What an editor wrote, as it is now. */
	public SectionDetails details() {
		return new SectionDetails(lead, body);
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
