package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTests {

	@Test
	void makesLowerCaseAsciiWordsJoinedByHyphens() {
		assertThat(Slugs.of("Côte d'Ivoire")).isEqualTo("cote-d-ivoire");
		assertThat(Slugs.of("  São Tomé & Príncipe ")).isEqualTo("sao-tome-principe");
		assertThat(Slugs.of("Bosnia–Herzegovina")).isEqualTo("bosnia-herzegovina");
		assertThat(Slugs.of("Viet_Nam")).isEqualTo("viet-nam");
		assertThat(Slugs.of("Færøerne")).isEqualTo("faeroerne");
	}

	@Test
	void givesNothingForANameWithoutUsableLetters() {
		assertThat(Slugs.of("中国")).isEmpty();
		assertThat(Slugs.of("?!")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Beijing Tianjin Hebei region | 16 | beijing-tianjin
			Beijing Tianjin Hebei region | 15 | beijing-tianjin
			Beijing Tianjin Hebei region | 8  | beijing
			""")
	void cutsALongSlugWithoutLeavingAHyphenAtTheEnd(String name, int maxLength, String slug) {
		assertThat(Slugs.of(name, maxLength)).isEqualTo(slug).matches(Slugs.PATTERN);
	}

}
