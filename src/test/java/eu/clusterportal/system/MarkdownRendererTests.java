package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	@ParameterizedTest
	@ValueSource(strings = { "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"[click](DATA:text/html,x)", "![image](data:image/svg+xml;base64,PHN2Zz4=)", "[click](vbscript:msgbox)",
			"[click](file:///etc/passwd)", "<data:text/html,x>", "[click](//evil.example/x)",
			"[click](/\\evil.example)", "[click](\\\\\\\\evil.example)", "![image](//evil.example/i.png)",
			"[click]( //evil.example)" })
	void keepsOnlyWebMailAndRelativeLinks(String markdown) {
		Document html = Jsoup.parseBodyFragment(renderer.toHtml(markdown));
		assertThat(html.select("a, img")).isNotEmpty();
		assertThat(html.select("a").eachAttr("href")).allMatch(String::isEmpty);
		assertThat(html.select("img").eachAttr("src")).allMatch(String::isEmpty);
	}

	@Test
	void keepsWebMailRelativeAndAnchorLinks() {
		assertThat(renderer.toHtml("[a](https://example.org/x) [b](http://example.org) [c](mailto:info@example.org) "
				+ "[d](/clusters?sector=C29) [e](#key-facts)"))
			.contains("href=\"https://example.org/x\"", "href=\"http://example.org\"",
					"href=\"mailto:info@example.org\"", "href=\"/clusters?sector=C29\"", "href=\"#key-facts\"");
	}

	@Test
	void rendersNothingForNoText() {
		assertThat(renderer.toHtml(null)).isEmpty();
	}

}
