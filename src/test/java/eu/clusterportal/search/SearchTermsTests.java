package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTests {

	@Test
	void cutsLongInputAtTheLimitAndSaysSo() {
		SearchTerms terms = SearchTerms.of("😀".repeat(199) + " more");
		assertThat(terms.shortened()).isTrue();
		assertThat(terms.text()).isEqualTo("😀".repeat(199));
		assertThat(SearchTerms.of("😀".repeat(300)).text()).isEqualTo("😀".repeat(200));
		assertThat(SearchTerms.of("word ".repeat(50)).text()).isEqualTo("word ".repeat(40).strip());
	}

	@Test
	void replacesControlCharactersAndStripsBlanks() {
		assertThat(SearchTerms.of(" a\u0000b\t ")).isEqualTo(new SearchTerms("a b", false));
		assertThat(SearchTerms.of(null).isBlank()).isTrue();
		assertThat(SearchTerms.of(" \n ").isBlank()).isTrue();
	}

}
