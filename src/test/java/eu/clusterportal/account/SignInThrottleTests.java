package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in throttling as an attacker meets it: many attempts at once, other spellings of
 * the address, a disabled account, a lock that runs out. Commits, so it cleans up; the
 * password encoder is watched to count the password checks made.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class SignInThrottleTests {

	static final String PASSWORD = "velvet harbour quietly grows";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	/** A Mockito spy in every {@link PortalIntegrationTest}. */
	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void addAccounts() {
		accounts.save(new Account("victim@example.org", "Vic", passwordEncoder.encode(PASSWORD), Role.EDITOR));
		Account retired = new Account("retired@example.org", "Ret", passwordEncoder.encode(PASSWORD), Role.EDITOR);
		retired.setEnabled(false);
		accounts.save(retired);
		clearInvocations(passwordEncoder);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void manyWrongPasswordsAtOnceGetOnlyFiveTriesAndLockTheAddress() throws Exception {
		List<Callable<String>> attempts = IntStream.range(0, 60)
			.mapToObj((i) -> (Callable<String>) () -> signIn("victim@example.org", "wrong guess " + i))
			.toList();
		ExecutorService threads = Executors.newFixedThreadPool(16);
		List<String> answers;
		try {
			answers = threads.invokeAll(attempts).stream().map(SignInThrottleTests::answer).toList();
		}
		finally {
			threads.shutdown();
		}
		assertThat(answers).filteredOn("/login?error"::equals)
			.hasSizeLessThanOrEqualTo(SignInThrottle.ALLOWED_FAILURES);
		verify(passwordEncoder, atMost(SignInThrottle.ALLOWED_FAILURES)).matches(any(), any());
		assertThat(signIn("victim@example.org", PASSWORD)).isEqualTo("/login?locked");
	}

	@Test
	void aLockLastsFifteenMinutesAndThenTheCountStartsOver() throws Exception {
		lock("victim@example.org");
		clock.moveOn(Duration.ofMinutes(15).minusSeconds(1));
		assertThat(signIn("victim@example.org", PASSWORD)).isEqualTo("/login?locked");

		clock.moveOn(Duration.ofSeconds(1));
		assertThat(signIn("victim@example.org", "wrong guess")).isEqualTo("/login?error");
		assertThat(signIn("victim@example.org", PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void anExpiredLockGivesFiveNewTriesNotMore() throws Exception {
		lock("victim@example.org");
		clock.moveOn(Duration.ofMinutes(15));
		lock("victim@example.org");
		assertThat(signIn("victim@example.org", PASSWORD)).isEqualTo("/login?locked");
	}

	@Test
	void aLockedAddressStaysLockedWhateverItsSpelling() throws Exception {
		lock("victim@example.org");
		for (String spelling : List.of("vİctim@example.org", "VICTIM@EXAMPLE.ORG", " Victim@Example.org ",
				"ｖｉｃｔｉｍ@example.org", "victim@example.org\u00a0", "vıctim@example.org")) {
			assertThat(signIn(spelling, PASSWORD)).as(spelling).isIn("/login?locked", "/login?error");
		}
	}

	@Test
	void anAddressIsOneAccountHoweverItIsSpelt() throws Exception {
		assertThat(signIn("ＶＩＣＴＩＭ@Example.org", PASSWORD)).isEqualTo("/admin");
		assertThat(signIn("vİctim@example.org", PASSWORD)).isEqualTo("/login?error");
	}

	@Test
	void failuresOnADisabledAccountAreCountedAndLockItsAddress() throws Exception {
		lock("retired@example.org");
		assertThat(signIn("retired@example.org", PASSWORD)).isEqualTo("/login?locked");
	}

	@Test
	void aDisabledAccountCostsTheSamePasswordCheckAsAnyOther() throws Exception {
		assertThat(signIn("victim@example.org", "wrong guess")).isEqualTo("/login?error");
		int enabled = passwordChecks();
		clearInvocations(passwordEncoder);
		assertThat(signIn("retired@example.org", "wrong guess")).isEqualTo("/login?error");
		assertThat(passwordChecks()).isEqualTo(enabled).isPositive();
		clearInvocations(passwordEncoder);
		assertThat(signIn("retired@example.org", PASSWORD)).isEqualTo("/login?error");
		assertThat(passwordChecks()).isEqualTo(enabled);
	}

	@Test
	void anOverlongAddressIsRefusedLikeAnyOther() throws Exception {
		assertThat(signIn("v".repeat(300) + "@example.org", PASSWORD)).isEqualTo("/login?error");
	}

	private void lock(String email) throws Exception {
		for (int i = 0; i < SignInThrottle.ALLOWED_FAILURES; i++) {
			assertThat(signIn(email, "wrong guess " + i)).isEqualTo("/login?error");
		}
	}

	private int passwordChecks() {
		return (int) mockingDetails(passwordEncoder).getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("matches"))
			.count();
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static String answer(Future<String> attempt) {
		try {
			return attempt.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
