package eu.clusterportal.content;

import java.time.Instant;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.TranslatableRecord;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something a country page lists in one of its content blocks: a title and a short
 * summary, published or still a draft, with its editorial history.
 */
@MappedSuperclass
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public abstract class ContentItem extends TranslatableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.PUBLISHED;

	/**
	 * When it was first published: what a digest of a period counts as new in it
	 * (withdrawn and published again, it is not new again).
	 */
	@NotAudited
	private Instant publishedAt;

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

	public PublicationStatus getStatus() {
		return status;
	}

	protected void setContent(Country country, String title, String summary, PublicationStatus status) {
		if (status == PublicationStatus.PUBLISHED && this.publishedAt == null) {
			this.publishedAt = Instant.now();
		}
		this.country = country;
		this.title = title;
		this.summary = summary;
		this.status = status;
	}

}
