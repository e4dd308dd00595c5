package eu.clusterportal.content;

import java.time.Instant;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Something a country page lists in one of its content blocks: a title and a short
 * summary, published or still a draft, with its editorial history.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public abstract class ContentItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.PUBLISHED;

	/** Refuses the second of two concurrent edits instead of letting it overwrite the first. */
	@Version
	private long version;

	@CreatedDate
	@NotAudited
	private Instant createdAt;

	@CreatedBy
	@NotAudited
	private String createdBy;

	@LastModifiedDate
	@NotAudited
	private Instant updatedAt;

	@LastModifiedBy
	@NotAudited
	private String updatedBy;

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

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	protected void setContent(Country country, String title, String summary, PublicationStatus status) {
		this.country = country;
		this.title = title;
		this.summary = summary;
		this.status = status;
	}

}
