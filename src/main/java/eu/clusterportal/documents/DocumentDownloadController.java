package eu.clusterportal.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentFileContents;
import eu.clusterportal.content.DocumentRepository;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
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
 * <p>
 * The file streams from the database as the client reads it
 * ({@link DocumentFileContents}). Byte ranges get 206 (Spring MVC sends the ranges of a
 * {@link Resource}), a range past the end 416 without a body, and a resumed download
 * whose {@code If-Range} names another file the whole current one.
 */
@Controller
class DocumentDownloadController {

	private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	private static final String SANDBOX = "sandbox";

	private static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

	private static final String NOSNIFF = "nosniff";

	private final DocumentRepository documents;

	private final DocumentFileContents files;

	DocumentDownloadController(DocumentRepository documents, DocumentFileContents files) {
		this.documents = documents;
		this.files = files;
	}

	@GetMapping("/documents/{id}/{fileName}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable String fileName, WebRequest request) {
		boolean editor = request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
		Document document = documents.findById(id)
			.filter((d) -> d.getFile() != null)
			.filter((d) -> d.getStatus() == PublicationStatus.PUBLISHED || editor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DocumentFile file = document.getFile();
		String etag = "\"" + file.getSha256() + "\"";
		// Ask again each time, so that a replaced, unpublished or deleted file is not
		// served from a cache; a draft stays out of shared caches.
		CacheControl cacheControl = (document.getStatus() == PublicationStatus.PUBLISHED) ? CacheControl.noCache()
				: CacheControl.noCache().cachePrivate();
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cacheControl).build();
		}
		Resource content = files.resourceOf(file);
		String range = request.getHeader(HttpHeaders.RANGE);
		if (range == null) {
			return fileHeaders(ResponseEntity.ok(), file, etag, cacheControl).body(content);
		}
		String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
		List<HttpRange> ranges = (ifRange == null || ifRange.equals(etag)) ? rangesOf(range) : List.of();
		if (ranges.isEmpty()) {
			// A Range header that is not one, or a range of another file: the whole
			// file, as a kind of Resource that Spring MVC sends no ranges of.
			return fileHeaders(ResponseEntity.ok(), file, etag, cacheControl).contentLength(file.getSize())
				.body(new InputStreamResource(content::getInputStream));
		}
		if (!isSatisfiable(ranges, content)) {
			return fileHeaders(ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE), file, etag,
					cacheControl)
				.header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.getSize())
				.build();
		}
		// Spring MVC sends the ranges of a Resource, with 206.
		return fileHeaders(ResponseEntity.ok(), file, etag, cacheControl).body(content);
	}

	/** The ranges asked for; none when the header is not a list of byte ranges. */
	private static List<HttpRange> rangesOf(String header) {
		try {
			return HttpRange.parseRanges(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	/**
	 * The headers of every answer with the file or a part of it. The length comes from
	 * the resource, or from the range sent.
	 */
	private static ResponseEntity.BodyBuilder fileHeaders(ResponseEntity.BodyBuilder answer, DocumentFile file,
			String etag, CacheControl cacheControl) {
		return answer.contentType(MediaType.parseMediaType(file.getMediaType()))
			.eTag(etag)
			.cacheControl(cacheControl)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(CONTENT_SECURITY_POLICY, SANDBOX)
			.header(X_CONTENT_TYPE_OPTIONS, NOSNIFF);
	}

	private static boolean isSatisfiable(List<HttpRange> ranges, Resource content) {
		try {
			HttpRange.toResourceRegions(ranges, content);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
