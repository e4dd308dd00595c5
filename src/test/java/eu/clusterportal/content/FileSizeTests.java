package eu.clusterportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizeTests {

	@Test
	void smallFilesReadInWholeKilobytesRoundedUp() {
		assertThat(new FileSize(1)).extracting(FileSize::amount, FileSize::unit).containsExactly("1", "KB");
		assertThat(new FileSize(1_500)).extracting(FileSize::amount, FileSize::unit).containsExactly("2", "KB");
	}

	@Test
	void largerFilesReadInMegabytesWithOneDecimal() {
		assertThat(new FileSize(1_258_291)).extracting(FileSize::amount, FileSize::unit).containsExactly("1.2", "MB");
		assertThat(new FileSize(20L * 1024 * 1024)).extracting(FileSize::amount, FileSize::unit)
			.containsExactly("20", "MB");
	}

	@Test
	void limitsReadInMegabytes() {
		assertThat(new FileSize(20L * 1024 * 1024).megabytes()).isEqualTo("20");
		assertThat(new FileSize(512L * 1024).megabytes()).isEqualTo("0.5");
	}

}
