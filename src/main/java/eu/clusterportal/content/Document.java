package eu.clusterportal.content;

import java.time.Year;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A report or paper about a country, with a link when it can be read online. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Document extends ContentItem {

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Column(name = "published_year")
	private Year published;

	private String url;

	protected Document() {
	}

	public DocumentKind getKind() {
		return kind;
	}

	public Year getPublished() {
		return published;
	}

	public String getUrl() {
		return url;
	}

}
