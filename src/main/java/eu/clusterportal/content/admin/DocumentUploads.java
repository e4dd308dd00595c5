package eu.clusterportal.content.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentFileContents;
import eu.clusterportal.content.DocumentFileRepository;
import eu.clusterportal.content.DocumentProperties;
import eu.clusterportal.content.FileSize;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
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

	/** How often uploads that no document refers to are looked for. */
	private static final String CLEANUP_INTERVAL = "${portal.documents.cleanup-interval}";

	private static final Log logger = LogFactory.getLog(DocumentUploads.class);

	private static final int BUFFER_SIZE = 64 * 1024;

	private static final int MAX_NAME_LENGTH = 200;

	private final DocumentFileRepository files;

	private final DocumentFileContents contents;

	private final DocumentProperties properties;

	private final PdfCheck check;

	private final TransactionOperations transactions;

	private final Clock clock;

	DocumentUploads(DocumentFileRepository files, DocumentFileContents contents, DocumentProperties properties,
			TransactionOperations transactions, Clock clock) {
		this.files = files;
		this.contents = contents;
		this.properties = properties;
		this.check = new PdfCheck(properties.checkMemory(), properties.maxSize());
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The largest PDF an editor may upload. */
	FileSize maxSize() {
		return properties.maxFileSize();
	}

	/**
	 * Stores the chosen file if it is a PDF within the limit, or reports why not in
	 * {@code errors}; empty when no file was chosen or it was refused. The upload is
	 * copied to a temporary file for PDFBox and streamed into the database from there;
	 * only that takes a connection.
	 */
	Optional<DocumentFile> store(MultipartFile upload, Errors errors) {
		if (upload == null || (upload.isEmpty() && isBlank(upload.getOriginalFilename()))) {
			return Optional.empty();
		}
		if (upload.getSize() > properties.maxSize().toBytes()) {
			errors.rejectValue(FIELD, "admin.documents.file.too-large", new Object[] { maxSize().megabytes() }, null);
			return Optional.empty();
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("portal-upload-", ".pdf");
			upload.transferTo(copy);
			Optional<String> refusal = check.refusalOf(copy);
			if (refusal.isPresent()) {
				errors.rejectValue(FIELD, refusal.get());
				return Optional.empty();
			}
			DocumentFile file = new DocumentFile(fileName(upload.getOriginalFilename()),
					MediaType.APPLICATION_PDF_VALUE, Files.size(copy), sha256(copy));
			Path checked = copy;
			return Optional.of(transactions.execute((status) -> save(file, checked)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	private DocumentFile save(DocumentFile file, Path content) {
		DocumentFile saved = files.save(file);
		try (InputStream in = Files.newInputStream(content)) {
			contents.store(saved, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return saved;
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

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[BUFFER_SIZE];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the temporary copy of an upload " + file + ": " + ex);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
