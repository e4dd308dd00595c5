package eu.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DocumentUploadsTests {

	@Test
	void aPdfIsRecognisedByItsFirstBytesOnly() {
		assertThat(DocumentUploads.isPdf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(DocumentUploads.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(DocumentUploads.isPdf(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(DocumentUploads.isPdf(new byte[0])).isFalse();
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

}
