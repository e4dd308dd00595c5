package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sign-in whose password was checked against the account as it was before an admin
 * disabled or demoted it keeps none of the old rights, on the real server with real
 * sessions. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class RevokedAccessTests {

	static final String CHIEF_PASSWORD = "kettle orbit mango lantern";

	static final String VICTIM_PASSWORD = "velvet harbour quietly grows";

	static final int SIGNING_IN = 4;

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	// the context's spy, reset after each test
	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	Account editor;

	Account deputy;

	Browser chief;

	@BeforeEach
	void addAccountsAndSignInTheChief() throws Exception {
		accounts.save(new Account("chief@example.eu", "Chief", passwordEncoder.encode(CHIEF_PASSWORD), Role.ADMIN));
		editor = accounts
			.save(new Account("editor@example.eu", "Eda", passwordEncoder.encode(VICTIM_PASSWORD), Role.EDITOR));
		deputy = accounts
			.save(new Account("deputy@example.eu", "Dep", passwordEncoder.encode(VICTIM_PASSWORD), Role.ADMIN));
		chief = new Browser(port);
		assertThat(chief.signIn("chief@example.eu", CHIEF_PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void aSignInCheckedWhileTheAccountWasDisabledOpensNothing() throws Exception {
		whileTheVictimsPasswordIsChecked(() -> disable(editor));
		Browser victim = new Browser(port);

		assertThat(victim.signIn("editor@example.eu", VICTIM_PASSWORD)).isEqualTo("/admin");
		assertThat(Browser.location(victim.get("/admin"))).isEqualTo("/login");
		assertThat(sessionsOf("editor@example.eu")).isZero();
	}

	@Test
	void aSignInCheckedWhileTheAccountWasDemotedKeepsNoAdminRights() throws Exception {
		whileTheVictimsPasswordIsChecked(() -> demote(deputy));
		Browser victim = new Browser(port);

		assertThat(victim.signIn("deputy@example.eu", VICTIM_PASSWORD)).isEqualTo("/admin");
		assertThat(Browser.location(victim.get("/admin/accounts"))).isEqualTo("/login");
		assertThat(new Browser(port).signIn("deputy@example.eu", VICTIM_PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void aSessionEndsOnceItsAccountsSecurityStampChanged() throws Exception {
		Browser editorBrowser = new Browser(port);
		assertThat(editorBrowser.signIn("editor@example.eu", VICTIM_PASSWORD)).isEqualTo("/admin");
		assertThat(editorBrowser.get("/admin").statusCode()).isEqualTo(200);

		jdbc.sql("update account set security_stamp = gen_random_uuid() where email = 'editor@example.eu'").update();

		assertThat(Browser.location(editorBrowser.get("/admin"))).isEqualTo("/login");
		assertThat(sessionsOf("editor@example.eu")).isZero();
		assertThat(chief.get("/admin/accounts").statusCode()).isEqualTo(200);
	}

	@Test
	void signInsRacingADisableAllLoseAccess() throws Exception {
		List<Browser> signedIn = raceSignInsAgainst("editor@example.eu", () -> disable(editor));

		assertThat(signedIn).isNotEmpty();
		for (Browser browser : signedIn) {
			assertThat(Browser.location(browser.get("/admin"))).isEqualTo("/login");
		}
	}

	@Test
	void signInsRacingADemotionAllLoseAccountManagement() throws Exception {
		List<Browser> signedIn = raceSignInsAgainst("deputy@example.eu", () -> demote(deputy));

		assertThat(signedIn).isNotEmpty();
		for (Browser browser : signedIn) {
			assertThat(browser.get("/admin/accounts").statusCode()).isNotEqualTo(200);
		}
	}

	/**
	 * Signs the victim in from several threads, over and over, while the chief changes
	 * the account; each password check takes a while, so that some overlap the change.
	 * Answers the browsers that were sent on to the admin pages.
	 */
	private List<Browser> raceSignInsAgainst(String victim, Change change) throws Exception {
		doAnswer((check) -> {
			Thread.sleep(200);
			return check.callRealMethod();
		}).when(passwordEncoder).matches(any(), any());
		AtomicBoolean changed = new AtomicBoolean();
		ExecutorService threads = Executors.newFixedThreadPool(SIGNING_IN);
		try {
			List<Future<List<Browser>>> results = new ArrayList<>();
			for (int i = 0; i < SIGNING_IN; i++) {
				results.add(threads.submit(() -> {
					List<Browser> admitted = new ArrayList<>();
					for (int attempt = 0; attempt < 10 || !changed.get(); attempt++) {
						Browser browser = new Browser(port);
						if ("/admin".equals(browser.signIn(victim, VICTIM_PASSWORD))) {
							admitted.add(browser);
						}
						if (attempt > 100) {
							break;
						}
					}
					return admitted;
				}));
			}
			Thread.sleep(150);
			change.make();
			changed.set(true);
			List<Browser> admitted = new ArrayList<>();
			for (Future<List<Browser>> result : results) {
				admitted.addAll(result.get(60, TimeUnit.SECONDS));
			}
			return admitted;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Makes the change during the victim's next password check, after their row was read.
	 */
	private void whileTheVictimsPasswordIsChecked(Change change) {
		AtomicBoolean made = new AtomicBoolean();
		doAnswer((check) -> {
			if (VICTIM_PASSWORD.equals(check.getArgument(0)) && !made.getAndSet(true)) {
				change.make();
			}
			return check.callRealMethod();
		}).when(passwordEncoder).matches(any(), any());
	}

	private void disable(Account account) throws Exception {
		assertThat(Browser
			.location(chief.post("/admin/accounts/" + account.getId() + "/enabled", Map.of("enabled", "false"))))
			.isEqualTo("/admin/accounts");
	}

	private void demote(Account account) throws Exception {
		assertThat(
				Browser.location(chief.post("/admin/accounts/" + account.getId() + "/role", Map.of("role", "EDITOR"))))
			.isEqualTo("/admin/accounts");
	}

	private long sessionsOf(String email) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	@FunctionalInterface
	private interface Change {

		void make() throws Exception;

	}

}
