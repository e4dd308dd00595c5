package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

	@Test
	void escapesTheContentAndTurnsOnlyTheMarkersIntoMarks() {
		String headline = "<script>alert('x')</script> & " + Snippets.START + "TORCH" + Snippets.STOP + " <mark>";
		assertThat(Snippets.toHtml(headline))
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>TORCH</mark> &lt;mark&gt;");
	}

	@Test
	void givesNoSnippetForNoText() {
		assertThat(Snippets.toHtml(null)).isNull();
		assertThat(Snippets.toHtml("  ")).isNull();
	}

}
