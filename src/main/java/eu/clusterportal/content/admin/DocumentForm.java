package eu.clusterportal.content.admin;

import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentDetails;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.country.Country;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the document form sends. The PDF is stored as soon as it arrives and travels on as
 * {@code fileId}, so that a form shown again with errors keeps it.
 */
public class DocumentForm extends ContentForm {

	@NotNull(message = "{admin.documents.kind.required}")
	private DocumentKind kind = DocumentKind.BRIEFING;

	/** Optional: unknown is empty, never a made-up day. */
	private PublicationDate published;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String url;

	/** The stored file the document gets on saving, or {@code null}. */
	private Long fileId;

	/** Whether to save the document without its file. */
	private boolean removeFile;

	/** A newly chosen file, if any; never shown again, as browsers cannot pre-fill it. */
	private MultipartFile upload;

	static DocumentForm of(Document document) {
		DocumentForm form = new DocumentForm();
		form.copyFrom(document);
		form.kind = document.getKind();
		form.published = document.getPublished();
		form.url = document.getUrl();
		form.fileId = (document.getFile() != null) ? document.getFile().getId() : null;
		return form;
	}

	/** Makes a newly stored upload the document's file, replacing any earlier one. */
	void attach(DocumentFile file) {
		this.fileId = file.getId();
		this.removeFile = false;
	}

	/** The id of the file to save with the document, or {@code null} for none. */
	Long fileToKeep() {
		return removeFile ? null : fileId;
	}

	/**
	 * The document as the form describes it, in the country it names and with the file it
	 * keeps.
	 */
	DocumentDetails toDetails(Country country, DocumentFile file) {
		return new DocumentDetails(country, kind, getTitle(), published, getSummary(), url, file, getStatus());
	}

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public PublicationDate getPublished() {
		return published;
	}

	public void setPublished(PublicationDate published) {
		this.published = published;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Long getFileId() {
		return fileId;
	}

	public void setFileId(Long fileId) {
		this.fileId = fileId;
	}

	public boolean isRemoveFile() {
		return removeFile;
	}

	public void setRemoveFile(boolean removeFile) {
		this.removeFile = removeFile;
	}

	public MultipartFile getUpload() {
		return upload;
	}

	public void setUpload(MultipartFile upload) {
		this.upload = upload;
	}

}
