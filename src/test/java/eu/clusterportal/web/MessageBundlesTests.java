package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessagePattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;
import org.junit.jupiter.api.Test;

/**
 * Every language has the whole interface: each {@code messages_xx.properties} has exactly
 * the keys of {@code messages.properties}, with the same arguments, and the templates
 * hold no text of their own that a page would show untranslated.
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final Path ENGLISH = RESOURCES.resolve("messages.properties");

	/** Attributes that browsers show or screen readers read out. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "aria-label", "aria-description",
			"aria-roledescription", "placeholder", "label");

	/**
	 * Attributes that give an element's content from the template's data or from a
	 * message.
	 */
	private static final List<String> CONTENT_ATTRIBUTES = List.of("th:text", "th:utext", "th:insert", "th:replace");

	private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
			"link", "meta", "source", "track", "wbr");

	private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]");

	private static final Pattern ARGUMENT = Pattern.compile("\\{[^{}]*}");

	private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{2,}");

	@Test
	void everyLanguageHasExactlyTheKeysOfTheEnglishBundle() {
		Set<String> english = keys(ENGLISH);
		assertThat(translations()).isNotEmpty().allSatisfy((bundle) -> {
			Set<String> missing = new TreeSet<>(english);
			missing.removeAll(keys(bundle));
			Set<String> extra = new TreeSet<>(keys(bundle));
			extra.removeAll(english);
			assertThat(missing).as("keys of messages.properties missing in %s", bundle.getFileName()).isEmpty();
			assertThat(extra).as("keys of %s that messages.properties does not have", bundle.getFileName()).isEmpty();
		});
	}

	@Test
	void noBundleDefinesAKeyTwiceOrLeavesItEmpty() {
		Stream.concat(Stream.of(ENGLISH), translations().stream()).forEach((bundle) -> {
			List<String> keys = definedKeys(bundle);
			assertThat(keys).as("keys defined twice in %s (the last one wins)", bundle.getFileName())
				.doesNotHaveDuplicates();
			Properties messages = load(bundle);
			assertThat(keys.stream().filter((key) -> messages.getProperty(key).isBlank()))
				.as("keys of %s without text", bundle.getFileName())
				.isEmpty();
		});
	}

	@Test
	void everyTranslationTakesTheSameArgumentsAsTheEnglishText() {
		Properties english = load(ENGLISH);
		for (Path bundle : translations()) {
			Properties translated = load(bundle);
			Map<String, String> differences = new LinkedHashMap<>();
			for (String key : new TreeSet<>(translated.stringPropertyNames())) {
				if (!english.containsKey(key)) {
					continue;
				}
				Set<String> expected = arguments(english.getProperty(key));
				Set<String> actual = arguments(translated.getProperty(key));
				if (!expected.equals(actual)) {
					differences.put(key, "takes " + actual + " instead of " + expected);
				}
			}
			assertThat(differences).as("arguments of %s that differ from messages.properties", bundle.getFileName())
				.isEmpty();
		}
	}

	@Test
	void noTranslationIsLeftInEnglish() {
		Properties english = load(ENGLISH);
		for (Path bundle : translations()) {
			Properties translated = load(bundle);
			List<String> untranslated = new TreeSet<>(translated.stringPropertyNames()).stream()
				.filter((key) -> translated.getProperty(key).equals(english.getProperty(key)))
				// Each language's name is written in that language, in every bundle.
				.filter((key) -> !key.startsWith("language.name."))
				.filter((key) -> ENGLISH_WORD.matcher(withoutArguments(english.getProperty(key))).find())
				.toList();
			assertThat(untranslated).as("keys of %s whose text is still the English one", bundle.getFileName())
				.isEmpty();
		}
	}

	@Test
	void thePublicTemplatesHoldNoTextThatIsNotAMessage() {
		assertThat(textOfTheirOwn(templates().filter((file) -> !isAdmin(file))))
			.as("text in public templates that is not a message (template:line: text)")
			.isEmpty();
	}

	@Test
	void theEditorsTemplatesHoldNoTextThatIsNotAMessage() {
		assertThat(textOfTheirOwn(templates().filter(MessageBundlesTests::isAdmin)))
			.as("text in editors' templates that is not a message (template:line: text)")
			.isEmpty();
	}

	@Test
	void textOfItsOwnIsFoundInTextAndInAttributesThatReachThePage() {
		String page = """
				<html th:replace="~{fragments/layout :: layout(#{page.title}, ~{::content})}">
				<head><title>Replaced by the layout's</title></head>
				<body><th:block th:fragment="content">
				  <h1 th:text="#{page.title}">Placeholder</h1>
				  <div th:insert="~{fragments/other :: list}"><p>Placeholder</p></div>
				  <div th:remove="all">Prototype only</div>
				  <p>Written in the template</p>
				  <p th:text="#{page.lead}"><img alt="Placeholder"></p>
				  <img th:src="@{/images/map.svg}" alt="A map">
				  <img th:src="@{/images/map.svg}" th:alt="#{page.map}" title="Map">
				  <input type="submit" value="Send">
				  <input type="submit" th:value="#{page.send}"> <span>·</span> <span>–</span> <span>2026</span>
				  <span>[[${term.code}]]</span> <span>[(${term.html})] and words</span>
				  <!--/* A comment. */-->
				</th:block></body>
				</html>""";
		assertThat(textOfItsOwn("page.html", parse(page))).containsExactly("page.html:7: Written in the template",
				"page.html:9: alt=\"A map\"", "page.html:10: title=\"Map\"", "page.html:11: value=\"Send\"",
				"page.html:13: [(${term.html})] and words");
		String fragments = """
				<html><head><title>Never rendered</title></head>
				<body><p th:fragment="note" title="Shown">Shown too</p></body></html>""";
		assertThat(textOfItsOwn("fragments.html", parse(fragments)))
			.containsExactly("fragments.html:2: title=\"Shown\"", "fragments.html:2: Shown too");
		assertThat(textOfItsOwn("whole.html", parse("<html><body><p>A page of its own</p></body></html>")))
			.containsExactly("whole.html:1: A page of its own");
	}

	/** Text of the templates' own that reaches the page, as "template:line: text". */
	private static List<String> textOfTheirOwn(Stream<Path> templates) {
		return templates
			.flatMap((file) -> textOfItsOwn(TEMPLATES.relativize(file).toString(), parse(read(file))).stream())
			.toList();
	}

	private static List<String> textOfItsOwn(String name, Document template) {
		List<String> found = new ArrayList<>();
		template.traverse((node, depth) -> {
			if (node instanceof TextNode text && hasWords(withoutInlinedExpressions(text.text()))
					&& !contentFromElsewhere(text.parent())) {
				found.add(name + ":" + line(text) + ": " + text.text().strip());
			}
			if (node instanceof Element element && !replaced(element)) {
				for (String attribute : visibleAttributes(element)) {
					if (hasWords(element.attr(attribute)) && !setByThymeleaf(element, attribute)) {
						found.add(
								name + ":" + line(element) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		});
		return found;
	}

	/**
	 * Whether Thymeleaf puts something else in the place of this node's content. A
	 * fragment is rendered wherever it is taken, even from inside a replaced element (a
	 * page's {@code <html th:replace="~{fragments/layout :: layout(…, ~{::content})}">});
	 * outside its fragments, a file of fragments is never rendered.
	 */
	private static boolean contentFromElsewhere(Node node) {
		for (Node ancestor = node; ancestor instanceof Element element; ancestor = element.parent()) {
			if (CONTENT_ATTRIBUTES.stream().anyMatch(element::hasAttr) || removed(element) || element.nameIs("script")
					|| element.nameIs("style")) {
				return true;
			}
			if (element.hasAttr("th:fragment")) {
				return false;
			}
		}
		return !node.ownerDocument().select("[th:fragment]").isEmpty();
	}

	/** Whether the element with its attributes never reaches the page as written. */
	private static boolean replaced(Element element) {
		return element.hasAttr("th:replace") || removed(element) || (!element.hasAttr("th:fragment")
				&& element.parent() != null && contentFromElsewhere(element.parent()));
	}

	private static boolean removed(Element element) {
		String remove = element.attr("th:remove");
		return remove.equals("all") || remove.equals("body");
	}

	private static List<String> visibleAttributes(Element element) {
		List<String> names = new ArrayList<>(VISIBLE_ATTRIBUTES);
		if (element.nameIs("input") && Set.of("submit", "button", "reset").contains(element.attr("type"))) {
			names.add("value");
		}
		return names.stream().filter(element::hasAttr).toList();
	}

	private static boolean setByThymeleaf(Element element, String attribute) {
		return element.hasAttr("th:" + attribute)
				|| element.attr("th:attr").matches("(?s).*\\b" + attribute + "\\s*=.*")
				|| (Set.of("alt", "title").contains(attribute) && element.hasAttr("th:alt-title"));
	}

	/**
	 * Letters of any script; punctuation, symbols and digits alone are the same in every
	 * language.
	 */
	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	/**
	 * Thymeleaf replaces {@code [[${…}]]} and {@code [(${…})]} in text by their values.
	 */
	private static String withoutInlinedExpressions(String text) {
		return INLINED_EXPRESSION.matcher(text).replaceAll("");
	}

	private static int line(Node node) {
		return node.sourceRange().start().lineNumber();
	}

	/**
	 * Parsed as Thymeleaf parses templates: element by element as written, without the
	 * repairs of an HTML parser, which would drop a fragment's {@code
	 *
	<td>} outside a table.
	 */
	private static Document parse(String template) {
		TagSet tags = new TagSet().onNewTag((tag) -> {
			if (VOID_ELEMENTS.contains(tag.normalName())) {
				tag.set(Tag.Void);
			}
		});
		return Jsoup.parse(template, "", Parser.xmlParser().tagSet(tags).setTrackPosition(true));
	}

	private static boolean isAdmin(Path template) {
		return TEMPLATES.relativize(template).startsWith("admin");
	}

	private static Stream<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The names and numbers of a message's arguments, those inside choices included; of a
	 * text that is no message pattern, its braces.
	 */
	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		if (!message.contains("{")) {
			return arguments;
		}
		MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_REQUIRED);
		try {
			pattern.parse(message);
		}
		catch (IllegalArgumentException notAPattern) {
			// Only read as it is written, such as "characters such as | { }": the braces
			// must stay.
			ARGUMENT.matcher(message).results().map(MatchResult::group).forEach(arguments::add);
			return arguments;
		}
		for (int i = 0; i < pattern.countParts(); i++) {
			MessagePattern.Part part = pattern.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NAME
					|| part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				arguments.add(pattern.getSubstring(part));
			}
		}
		return arguments;
	}

	private static String withoutArguments(String message) {
		String text = message;
		String previous;
		do {
			previous = text;
			text = ARGUMENT.matcher(previous).replaceAll("");
		}
		while (!text.equals(previous));
		return text;
	}

	private static List<Path> translations() {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			return files.filter((file) -> file.getFileName().toString().matches("messages_.+\\.properties"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> keys(Path bundle) {
		return load(bundle).stringPropertyNames();
	}

	/** Every key as the file defines it, in its order, a key defined twice twice. */
	private static List<String> definedKeys(Path bundle) {
		List<String> keys = new ArrayList<>();
		Properties recorder = new Properties() {
			@Override
			public synchronized Object put(Object key, Object value) {
				keys.add((String) key);
				return super.put(key, value);
			}
		};
		try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			recorder.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

	/** As Spring Boot reads the bundles: UTF-8 ({@code spring.messages.encoding}). */
	private static Properties load(Path bundle) {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
