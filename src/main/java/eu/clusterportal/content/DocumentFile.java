package eu.clusterportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An uploaded file of a document: its name, type, size and checksum, without its content
 * (see {@link DocumentFileContents}), so that lists and pages that name it never read the
 * bytes. A file never changes; a replacement is a new file.
 */
@Entity
@Immutable
@EntityListeners(AuditingEntityListener.class)
public class DocumentFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	@CreatedDate
	private Instant uploadedAt;

	@CreatedBy
	private String uploadedBy;

	protected DocumentFile() {
	}

	/**
	 * @param sha256 the content's SHA-256 digest in lower-case hex
	 */
	public DocumentFile(String fileName, String mediaType, long size, String sha256) {
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public String getMediaType() {
		return mediaType;
	}

	/** The size in bytes. */
	public long getSize() {
		return size;
	}

	/** The size as people read it, e.g. "1.2 MB". */
	public FileSize getReadableSize() {
		return new FileSize(size);
	}

	public String getSha256() {
		return sha256;
	}

}
