package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Why a password is too easy to guess is said in the portal's own words, from its
 * bundles, so that a Chinese page says it in Chinese rather than in the checker's
 * English.
 */
class PasswordStrengthMessagesTests {

	private final Properties messages = load("/messages.properties");

	@Test
	void everyWarningOfTheCheckerHasAMessage() {
		List<String> warnings = load("/feedback.properties").stringPropertyNames()
			.stream()
			.filter((key) -> key.contains(".warning.") && !key.endsWith(".notAllowed"))
			.toList();
		assertThat(warnings).isNotEmpty()
			.allSatisfy((warning) -> assertThat(messages).containsKey(PasswordStrength.messageKey(warning)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "password1234", "Qwertyuiop123", "abcdefghijkl", "12.03.2019" })
	void theReasonIsAMessageOfThePortal(String weak) {
		MessageSourceResolvable reason = new PasswordStrength().weakness(weak).orElseThrow();
		assertThat(reason.getCodes()).isNotEmpty();
		assertThat(messages).containsKey(reason.getCodes()[0]);
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = PasswordStrengthMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
