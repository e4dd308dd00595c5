package eu.clusterportal.content.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class PdfCheckTests {

	/** The portal's default budget. */
	private final PdfCheck check = new PdfCheck(DataSize.ofMegabytes(32), DataSize.ofMegabytes(20));

	private static final PdfCheck SMALL_BUDGET = new PdfCheck(DataSize.ofMegabytes(8), DataSize.ofMegabytes(20));

	@TempDir
	Path folder;

	@Test
	void aPdfThatPdfBoxReadsIsAccepted() throws IOException {
		assertThat(refusalOf(DocumentAdminTests.pdf(700))).isEmpty();
	}

	@Test
	void aPdfOfTheLargestSizeAllowedIsCheckedWithinTheBudget() throws IOException {
		assertThat(refusalOf(DocumentAdminTests.pdf(20 * 1024 * 1024))).isEmpty();
	}

	@Test
	void aFileThatDoesNotStartLikeAPdfIsNoPdf() throws IOException {
		assertThat(refusalOf(ascii("%PDF"))).hasValue(PdfCheck.NOT_PDF);
		assertThat(refusalOf(ascii(" %PDF-1.7"))).hasValue(PdfCheck.NOT_PDF);
		assertThat(refusalOf(new byte[0])).hasValue(PdfCheck.NOT_PDF);
	}

	@Test
	void aFileThatOnlyStartsLikeAPdfIsUnreadable() throws IOException {
		assertThat(refusalOf(ascii("%PDF-1.7\n<html><script>alert(1)</script></html>"))).hasValue(PdfCheck.UNREADABLE);
		byte[] pdf = DocumentAdminTests.pdf(700);
		assertThat(refusalOf(Arrays.copyOf(pdf, 300))).hasValue(PdfCheck.UNREADABLE);
	}

	@Test
	void aPdfThatNeedsAPasswordToOpenIsRefusedAsSuch() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy protection = new StandardProtectionPolicy("owner secret", "reader secret",
					new AccessPermission());
			document.protect(protection);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusalOf(out.toByteArray())).hasValue(PdfCheck.PASSWORD_PROTECTED);
		}
	}

	@Test
	void theCraftedPdfsAreAcceptedWhenTheyUnpackToLittle() throws IOException {
		assertThat(refusalOf(PdfBombs.crossReferenceStream(100_000))).isEmpty();
		assertThat(refusalOf(PdfBombs.objectStream(100_000))).isEmpty();
	}

	// A smaller budget and bomb than in production keep these fast; DocumentAdminTests
	// sends one through the form with the portal's own budget.
	@Test
	void aPdfWhoseCrossReferenceStreamUnpacksFarBeyondTheBudgetIsRefused() throws IOException {
		byte[] bomb = PdfBombs.crossReferenceStream(DataSize.ofMegabytes(64).toBytes());
		assertThat(bomb.length).isLessThan(512 * 1024);
		assertThat(refusalOf(bomb, SMALL_BUDGET)).hasValue(PdfCheck.TOO_COMPLEX);
	}

	@Test
	void aPdfWhoseObjectStreamUnpacksFarBeyondTheBudgetIsRefused() throws IOException {
		byte[] bomb = PdfBombs.objectStream(DataSize.ofMegabytes(64).toBytes());
		assertThat(bomb.length).isLessThan(512 * 1024);
		assertThat(refusalOf(bomb, SMALL_BUDGET)).hasValue(PdfCheck.TOO_COMPLEX);
	}

	private Optional<String> refusalOf(byte[] content) throws IOException {
		return refusalOf(content, this.check);
	}

	private Optional<String> refusalOf(byte[] content, PdfCheck check) throws IOException {
		Path file = Files.write(this.folder.resolve("upload.pdf"), content);
		return check.refusalOf(file);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
