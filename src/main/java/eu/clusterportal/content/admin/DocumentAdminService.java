package eu.clusterportal.content.admin;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentFileRepository;
import eu.clusterportal.content.DocumentRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores documents for editors. */
@Service
class DocumentAdminService extends ContentAdminService<Document, DocumentForm> {

	private final DocumentRepository documents;

	private final DocumentFileRepository files;

	DocumentAdminService(DocumentRepository documents, DocumentFileRepository files, CountryRepository countries,
			RevisionHistory history) {
		super(Document.class, documents, countries, history);
		this.documents = documents;
		this.files = files;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Document> search(String text, Pageable pageable) {
		return documents.findByTitleContainingIgnoreCaseOrderByTitleAscIdAsc(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Document> searchUntranslated(String text, Pageable pageable) {
		return documents.findUntranslated(text, pageable);
	}

	/**
	 * The file the form would save with the document, to name it above the file field.
	 */
	@Transactional(readOnly = true)
	Optional<DocumentFile> attachedFile(DocumentForm form) {
		return Optional.ofNullable(form.getFileId()).flatMap(files::findById);
	}

	@Override
	public Document create(DocumentForm form) {
		Country country = country(form);
		DocumentFile file = file(form);
		return save(translated(new Document(form.toDetails(country, file)), form));
	}

	@Override
	public void update(long id, DocumentForm form) {
		Document document = get(id);
		document.checkVersion(form.getVersion());
		Country country = country(form);
		DocumentFile file = file(form);
		document.edit(form.toDetails(country, file));
		translated(document, form);
	}

	/** Every saved version with the file it had; deleting a document keeps both. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<Document>> history(long id) {
		List<RevisionEntry<Document>> revisions = super.history(id);
		revisions.forEach((entry) -> Hibernate.initialize(entry.item().getFile()));
		return revisions;
	}

	/** Restoring a version brings back the file it had. */
	@Override
	public void copy(Document earlier, Document document) {
		document.edit(earlier.details());
	}

	private DocumentFile file(DocumentForm form) {
		Long id = form.fileToKeep();
		if (id == null) {
			return null;
		}
		return files.findById(id)
			.orElseThrow(() -> new InvalidValueException(DocumentUploads.FIELD, "admin.documents.file.gone"));
	}

}
