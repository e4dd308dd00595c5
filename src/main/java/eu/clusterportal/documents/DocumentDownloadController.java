package eu.clusterportal.documents;

import java.nio.charset.StandardCharsets;

import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentFileRepository;
import eu.clusterportal.content.DocumentRepository;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sends a document's PDF to save: a published document's to everyone, a draft's only to
 * editors. The name in the URL is for people and for saving; the document's current file
 * is sent whatever it says. An uploaded file is never shown as a page of the portal: it
 * comes as an attachment, the browser must not guess another type, and its own policy
 * ({@code sandbox}, in place of the pages' policy) would let nothing in it run in the
 * portal's origin. Browsers do not show PDFs inline under that policy, so it is saved.
 */
@Controller
class DocumentDownloadController {

	private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	private static final String SANDBOX = "sandbox";

	private static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

	private static final String NOSNIFF = "nosniff";

	private final DocumentRepository documents;

	private final DocumentFileRepository files;

	DocumentDownloadController(DocumentRepository documents, DocumentFileRepository files) {
		this.documents = documents;
		this.files = files;
	}

	@GetMapping("/documents/{id}/{fileName}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String fileName, WebRequest request) {
		boolean editor = request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
		Document document = documents.findById(id)
			.filter((d) -> d.getFile() != null)
			.filter((d) -> d.getStatus() == PublicationStatus.PUBLISHED || editor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DocumentFile file = document.getFile();
		String etag = "\"" + file.getSha256() + "\"";
		// Ask again each time, so that a replaced, unpublished or deleted file is not
		// served
		// from a cache; a draft stays out of shared caches.
		CacheControl cacheControl = (document.getStatus() == PublicationStatus.PUBLISHED) ? CacheControl.noCache()
				: CacheControl.noCache().cachePrivate();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
		}
		byte[] content = files.findContentById(file.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(content.length)
			.eTag(etag)
			.cacheControl(cacheControl)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(CONTENT_SECURITY_POLICY, SANDBOX)
			.header(X_CONTENT_TYPE_OPTIONS, NOSNIFF)
			.body(content);
	}

}
