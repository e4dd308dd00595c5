package eu.clusterportal.content;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.Immutable;

/** The bytes of a {@link DocumentFile}, read only to send the file. */
@Entity
@Immutable
public class DocumentFileContent {

	@Id
	private Long fileId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "file_id")
	private DocumentFile file;

	private byte[] content;

	protected DocumentFileContent() {
	}

	public DocumentFileContent(DocumentFile file, byte[] content) {
		this.file = file;
		this.content = content;
	}

	public byte[] getContent() {
		return content;
	}

}
