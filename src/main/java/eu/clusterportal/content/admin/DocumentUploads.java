package eu.clusterportal.content.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentFileContent;
import eu.clusterportal.content.DocumentFileContentRepository;
import eu.clusterportal.content.DocumentFileRepository;
import eu.clusterportal.content.DocumentProperties;
import eu.clusterportal.content.FileSize;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a PDF that an editor chose for a document: checks that it is one (PDFBox reads
 * it) and not too large, and stores it at once, so that the form keeps it even when other
 * fields need correcting. An upload that no document takes is removed when the form
 * brings another file, or else after a while.
 */
@Service
class DocumentUploads {

	/** The field of {@link DocumentForm} that errors about the file are shown next to. */
	static final String FIELD = "upload";

	/**
	 * Every PDF starts with these bytes, whatever the browser or the file name claims.
	 */
	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** How often uploads that no document refers to are looked for. */
	private static final String CLEANUP_INTERVAL = "${portal.documents.cleanup-interval}";

	private static final Log logger = LogFactory.getLog(DocumentUploads.class);

	private static final String UNREADABLE = "admin.documents.file.unreadable";

	private static final int MAX_NAME_LENGTH = 200;

	private final DocumentFileRepository files;

	private final DocumentFileContentRepository contents;

	private final DocumentProperties properties;

	private final Clock clock;

	DocumentUploads(DocumentFileRepository files, DocumentFileContentRepository contents, DocumentProperties properties,
			Clock clock) {
		this.files = files;
		this.contents = contents;
		this.properties = properties;
		this.clock = clock;
	}

	/** The largest PDF an editor may upload. */
	FileSize maxSize() {
		return properties.maxFileSize();
	}

	/**
	 * Stores the chosen file if it is a PDF within the limit, or reports why not in
	 * {@code errors}; empty when no file was chosen or it was refused.
	 */
	@Transactional
	Optional<DocumentFile> store(MultipartFile upload, Errors errors) {
		if (upload == null || (upload.isEmpty() && isBlank(upload.getOriginalFilename()))) {
			return Optional.empty();
		}
		if (upload.getSize() > properties.maxSize().toBytes()) {
			errors.rejectValue(FIELD, "admin.documents.file.too-large", new Object[] { maxSize().megabytes() }, null);
			return Optional.empty();
		}
		byte[] content = read(upload);
		Optional<String> refusal = refusalOf(content);
		if (refusal.isPresent()) {
			errors.rejectValue(FIELD, refusal.get());
			return Optional.empty();
		}
		DocumentFile file = files.save(new DocumentFile(fileName(upload.getOriginalFilename()),
				MediaType.APPLICATION_PDF_VALUE, content.length, sha256(content)));
		contents.save(new DocumentFileContent(file, content));
		return Optional.of(file);
	}

	/**
	 * Removes the upload a form had pending when the form brings a new file, unless a
	 * document or its history refers to it (the document's file when editing).
	 */
	void discardReplaced(Long fileId) {
		if (fileId == null) {
			return;
		}
		try {
			files.deleteIfUnreferenced(fileId);
		}
		catch (DataIntegrityViolationException ex) {
			// Saved with a document just now, by another request of the same form: it
			// stays.
		}
	}

	/**
	 * Removes uploads that no document refers to after
	 * {@link DocumentProperties#unattachedKept()}: forms that were left with errors, or
	 * saved without the file.
	 */
	@Scheduled(initialDelayString = CLEANUP_INTERVAL, fixedDelayString = CLEANUP_INTERVAL)
	void removeAbandoned() {
		try {
			int removed = files.deleteUnreferencedUploadedBefore(Instant.now(clock).minus(properties.unattachedKept()));
			if (removed > 0) {
				logger.info("Removed " + removed + " uploaded PDFs that no document refers to");
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not remove unattached uploads, trying again later: " + ex);
		}
	}

	/**
	 * Why the content is not a PDF that visitors can open, as the key of the message to
	 * show; empty when it is one. A file must start like a PDF and PDFBox must read it
	 * and find a page: a web page or script behind a PDF's first bytes is refused.
	 */
	static Optional<String> refusalOf(byte[] content) {
		boolean signed = content.length >= PDF_SIGNATURE.length
				&& Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
		if (!signed) {
			return Optional.of("admin.documents.file.not-pdf");
		}
		try (PDDocument pdf = Loader.loadPDF(content)) {
			return (pdf.getNumberOfPages() > 0) ? Optional.empty() : Optional.of(UNREADABLE);
		}
		catch (InvalidPasswordException ex) {
			return Optional.of("admin.documents.file.password-protected");
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports a damaged or forged file as either.
			return Optional.of(UNREADABLE);
		}
	}

	/**
	 * The name to keep and to offer on download: the last part of what the browser sent,
	 * with letters, digits, spaces and {@code . _ - ( )} only, ending in ".pdf".
	 */
	static String fileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("\\s+", " ").strip();
		if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			name = name.substring(0, name.length() - 4).strip();
		}
		if (name.isEmpty() || name.chars().allMatch((c) -> c == '.')) {
			name = "document";
		}
		return name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH - 4)) + ".pdf";
	}

	private static byte[] read(MultipartFile upload) {
		try {
			return upload.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
