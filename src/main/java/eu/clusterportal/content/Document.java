package eu.clusterportal.content;

import java.time.LocalDate;
import java.time.Year;

import eu.clusterportal.country.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A report or paper about a country, with a link when it can be read online and, when
 * uploaded, its PDF. The history records which file each version had; files never change,
 * so restoring a version brings its file back.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Document extends ContentItem {

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	private LocalDate publishedOn;

	/**
	 * Only for documents of which just the year is known; see {@link PublicationDate}.
	 */
	@Column(name = "published_year")
	private Year publishedYear;

	private String url;

	@ManyToOne(fetch = FetchType.LAZY)
	private DocumentFile file;

	protected Document() {
	}

	public Document(Country country, DocumentKind kind, String title) {
		super(country, title);
		this.kind = kind;
	}

	/** A new document as an editor describes it. */
	public Document(DocumentDetails details) {
		super(details.country(), details.title());
		edit(details);
	}

	/** Replaces everything an editor can change. */
	public void edit(DocumentDetails details) {
		setContent(details.country(), details.title(), details.summary(), details.status());
		this.kind = details.kind();
		PublicationDate published = details.published();
		this.publishedOn = (published != null) ? published.day() : null;
		this.publishedYear = (published != null) ? published.year() : null;
		this.url = details.url();
		this.file = details.file();
	}

	/** What an editor can change, as it is now. */
	public DocumentDetails details() {
		return new DocumentDetails(getCountry(), kind, getTitle(), getPublished(), getSummary(), url, file,
				getStatus());
	}

	public DocumentKind getKind() {
		return kind;
	}

	/** The day or year of publication, or {@code null} when not known. */
	public PublicationDate getPublished() {
		return PublicationDate.of(publishedOn, publishedYear);
	}

	public String getUrl() {
		return url;
	}

	/** The uploaded PDF, or {@code null}. */
	public DocumentFile getFile() {
		return file;
	}

}
