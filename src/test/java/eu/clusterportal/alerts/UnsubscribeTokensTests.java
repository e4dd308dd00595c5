package eu.clusterportal.alerts;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Unsubscribe tokens name their account only when nothing in them was changed. */
class UnsubscribeTokensTests {

	private final UnsubscribeTokens tokens = new UnsubscribeTokens("a key of the tests, 32 characters or more");

	@Test
	void aSignedTokenNamesItsAccount() {
		assertThat(tokens.accountOf(tokens.sign(42))).isEqualTo(OptionalLong.of(42));
	}

	@Test
	void everyChangedCharacterNamesNothing() {
		String token = tokens.sign(42);
		for (int i = 0; i < token.length(); i++) {
			for (char other : new char[] { 'A', 'B', '0', '-' }) {
				if (token.charAt(i) != other) {
					String changed = token.substring(0, i) + other + token.substring(i + 1);
					assertThat(tokens.accountOf(changed)).as(changed).isEmpty();
				}
			}
		}
	}

	@Test
	void anotherAccountsIdOrAnotherKeyNamesNothing() {
		String signature = tokens.sign(42).substring("42".length());
		assertThat(tokens.accountOf("43" + signature)).isEmpty();
		assertThat(new UnsubscribeTokens("another key of the tests, 32 characters").accountOf(tokens.sign(42)))
			.isEmpty();
	}

	@Test
	void oddValuesNameNothing() {
		for (String odd : new String[] { null, "", "42", "42.", ".abc", "-1." + "A".repeat(43), "42 " + "A".repeat(43),
				"99999999999999999999." + "A".repeat(43) }) {
			assertThat(tokens.accountOf(odd)).as(String.valueOf(odd)).isEmpty();
		}
	}

}
