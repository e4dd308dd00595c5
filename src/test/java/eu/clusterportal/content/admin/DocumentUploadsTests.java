package eu.clusterportal.content.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentUploadsTests {

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
