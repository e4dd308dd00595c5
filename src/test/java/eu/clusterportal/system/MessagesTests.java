package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.country.SectionTopic;
import org.junit.jupiter.api.Test;

/**
 * All interface text comes from the message bundle, so that a second language is a
 * translation file: every key a template or the code uses exists. That the templates hold
 * no text of their own is {@code web.MessageBundlesTests}'s.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

	private final Properties messages = load();

	@Test
	void everyMessageKeyInTheTemplatesExists() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			files.filter((f) -> f.toString().endsWith(".html")).forEach((file) -> {
				Matcher keys = MESSAGE_KEY.matcher(read(file));
				while (keys.find()) {
					assertThat(messages).as("message key used in %s", file).containsKey(keys.group(1));
				}
			});
		}
	}

	@Test
	void everyKeyBuiltFromAnEnumExists() {
		Stream.of(SectionTopic.values()).forEach((t) -> assertThat(messages).containsKey("section." + t));
		Stream.of(DocumentKind.values()).forEach((k) -> assertThat(messages).containsKey("documents.kind." + k));
		Stream.of(NewsChannel.values()).forEach((c) -> assertThat(messages).containsKey("news.channel." + c));
		Stream.of(ClusterGrouping.values()).forEach((g) -> assertThat(messages).containsKey("clusters.grouping." + g));
		List.of("keyfacts.capital", "keyfacts.population", "keyfacts.area", "keyfacts.gdp-per-capita", "keyfacts.gdp",
				"keyfacts.currency", "keyfacts.unit.km2", "keyfacts.unit.usd", "keyfacts.unit.currency")
			.forEach((key) -> assertThat(messages).containsKey(key));
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
