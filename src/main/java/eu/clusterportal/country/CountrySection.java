package eu.clusterportal.country;

import eu.clusterportal.editorial.EditorialRecord;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** One text section of a country profile: a short lead and a longer Markdown body. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class CountrySection extends EditorialRecord implements Translatable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Its texts in other languages than English (see {@link Translations}). */
	@JdbcTypeCode(SqlTypes.JSON)
	private String translations = TranslationsJson.EMPTY;

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

	@Override
	public Translations getTranslations() {
		return TranslationsJson.read(translations);
	}

	@Override
	public void translate(Language language, Translation translation) {
		this.translations = TranslationsJson.write(getTranslations().with(language, translation));
	}

}
