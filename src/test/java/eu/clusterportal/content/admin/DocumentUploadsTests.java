package eu.clusterportal.content.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class DocumentUploadsTests {

	@Test
	void aPdfThatPdfBoxReadsIsAccepted() {
		assertThat(DocumentUploads.refusalOf(DocumentAdminTests.pdf(700))).isEmpty();
	}

	@Test
	void aFileThatDoesNotStartLikeAPdfIsNoPdf() {
		assertThat(DocumentUploads.refusalOf(ascii("%PDF"))).hasValue("admin.documents.file.not-pdf");
		assertThat(DocumentUploads.refusalOf(ascii(" %PDF-1.7"))).hasValue("admin.documents.file.not-pdf");
		assertThat(DocumentUploads.refusalOf(new byte[0])).hasValue("admin.documents.file.not-pdf");
	}

	@Test
	void aFileThatOnlyStartsLikeAPdfIsUnreadable() {
		assertThat(DocumentUploads.refusalOf(ascii("%PDF-1.7\n<html><script>alert(1)</script></html>")))
			.hasValue("admin.documents.file.unreadable");
		byte[] pdf = DocumentAdminTests.pdf(700);
		assertThat(DocumentUploads.refusalOf(Arrays.copyOf(pdf, 300))).hasValue("admin.documents.file.unreadable");
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
			assertThat(DocumentUploads.refusalOf(out.toByteArray()))
				.hasValue("admin.documents.file.password-protected");
		}
	}

	@Test
	void theFileNameKeepsLettersOfAnyLanguageAndLosesPathsAndOddCharacters() {
		assertThat(DocumentUploads.fileName("C:\\fakepath\\Bericht über 中国.PDF")).isEqualTo("Bericht über 中国.pdf");
		assertThat(DocumentUploads.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(DocumentUploads.fileName("a;b\"c\r\n.pdf")).isEqualTo("a_b_c__.pdf");
		assertThat(DocumentUploads.fileName("report (final).pdf")).isEqualTo("report (final).pdf");
	}

	@Test
	void aFileWithoutAUsableNameGetsOne() {
		assertThat(DocumentUploads.fileName(null)).isEqualTo("document.pdf");
		assertThat(DocumentUploads.fileName(".pdf")).isEqualTo("document.pdf");
		assertThat(DocumentUploads.fileName("x".repeat(300) + ".pdf")).hasSize(200).endsWith("x.pdf");
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
