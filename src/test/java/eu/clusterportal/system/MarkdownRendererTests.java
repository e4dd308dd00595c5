package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersHeadingsParagraphsAndLists() {
		assertThat(renderer.toHtml("### Overview\n\nChina grew.\n\n- one\n- two\n")).isEqualTo("""
				<h3>Overview</h3>
				<p>China grew.</p>
				<ul>
				<li>one</li>
				<li>two</li>
				</ul>
				""");
	}

	@Test
	void escapesRawHtmlSoNoEditorCanInjectScript() {
		String html = renderer.toHtml("Hello <script>alert('x')</script> <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
	}

	@Test
	void neutralisesJavascriptLinks() {
		assertThat(renderer.toHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
	}

	@Test
	void rendersNothingForNoText() {
		assertThat(renderer.toHtml(null)).isEmpty();
	}

}
