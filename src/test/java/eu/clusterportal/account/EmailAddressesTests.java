package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class EmailAddressesTests {

	@Test
	void spellingsOfOneAddressAreOne() {
		assertThat(EmailAddresses.canonical(" Victim@Example.ORG\u00a0")).isEqualTo("victim@example.org");
		assertThat(EmailAddresses.canonical("ｖｉｃｔｉｍ@example.org")).isEqualTo("victim@example.org");
		assertThat(EmailAddresses.canonical("\u212Aate@example.org")).isEqualTo("kate@example.org");
	}

	@Test
	void lettersThatOnlyLookAlikeStayApart() {
		assertThat(EmailAddresses.canonical("vİctim@example.org")).isNotEqualTo("victim@example.org");
		assertThat(EmailAddresses.canonical("vıctim@example.org")).isNotEqualTo("victim@example.org");
	}

	@Test
	void theCanonicalFormOfACanonicalFormIsItself() {
		IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
			.filter((c) -> Character.getType(c) != Character.SURROGATE)
			.mapToObj((c) -> "a" + Character.toString(c) + "b@example.org")
			.forEach((typed) -> {
				String canonical = EmailAddresses.canonical(typed);
				assertThat(EmailAddresses.canonical(canonical)).as(typed).isEqualTo(canonical);
			});
	}

}
