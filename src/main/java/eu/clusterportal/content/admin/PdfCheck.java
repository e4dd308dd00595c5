package eu.clusterportal.content.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.util.unit.DataSize;

/**
 * Checks that a file is a PDF visitors can open: it must start like a PDF, and PDFBox
 * must read it and find a page, so that a web page or script behind a PDF's first bytes
 * is refused. PDFBox reads the file from disk, keeps what it writes within a little
 * memory and then temporary files, and stops once it has allocated more than the budget:
 * a file that cannot be checked within it is refused.
 */
final class PdfCheck {

	static final String NOT_PDF = "admin.documents.file.not-pdf";

	static final String UNREADABLE = "admin.documents.file.unreadable";

	static final String PASSWORD_PROTECTED = "admin.documents.file.password-protected";

	static final String TOO_COMPLEX = "admin.documents.file.too-complex";

	/**
	 * Every PDF starts with these bytes, whatever the browser or the file name claims.
	 */
	private static final byte[] PDF_SIGNATURE = { '%', 'P', 'D', 'F', '-' };

	/** What PDFBox may keep in memory of the streams it creates; more goes to a file. */
	private static final long STREAM_CACHE_MEMORY = DataSize.ofMegabytes(1).toBytes();

	private final long memoryBudget;

	private final long temporaryFileBudget;

	/**
	 * @param memoryBudget how much heap the check may allocate
	 * @param temporaryFileBudget how much PDFBox may write to temporary files
	 */
	PdfCheck(DataSize memoryBudget, DataSize temporaryFileBudget) {
		this.memoryBudget = memoryBudget.toBytes();
		this.temporaryFileBudget = temporaryFileBudget.toBytes();
	}

	/**
	 * Why the file is not a PDF that visitors can open, as the key of the message to
	 * show; empty when it is one.
	 */
	Optional<String> refusalOf(Path file) throws IOException {
		if (!isSigned(file)) {
			return Optional.of(NOT_PDF);
		}
		AllocationBudget budget = AllocationBudget.ofCurrentThread(this.memoryBudget);
		MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY, this.temporaryFileBudget);
		try (RandomAccessReadBufferedFile read = new RandomAccessReadBufferedFile(file);
				PDDocument pdf = Loader.loadPDF(new BudgetedRead(read, budget), "", memory.streamCache)) {
			boolean hasPage = pdf.getNumberOfPages() > 0;
			return budget.exceeded() ? Optional.of(TOO_COMPLEX) : hasPage ? Optional.empty() : Optional.of(UNREADABLE);
		}
		catch (InvalidPasswordException ex) {
			return Optional.of(PASSWORD_PROTECTED);
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports a damaged or forged file, and a spent budget, as either.
			return Optional.of(budget.exceeded() ? TOO_COMPLEX : UNREADABLE);
		}
	}

	private static boolean isSigned(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(PDF_SIGNATURE.length);
			return Arrays.equals(start, PDF_SIGNATURE);
		}
	}

}
