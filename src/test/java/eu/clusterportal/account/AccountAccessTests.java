package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What admins do to accounts, and what people do to their own, takes effect at once and
 * for every session, on the real server with real sessions. Commits, so it cleans up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
class AccountAccessTests {

	static final String CHIEF_PASSWORD = "kettle orbit mango lantern";

	static final String EDITOR_PASSWORD = "velvet harbour quietly grows";

	static final String DEPUTY_PASSWORD = "copper meadow tunes wildly";

	static final String LONG_EMAIL = "a".repeat(60) + "@" + "b".repeat(60) + ".example.eu";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	Account editor;

	Account deputy;

	Browser chief;

	@BeforeEach
	void addAccountsAndSignInTheChief() throws Exception {
		accounts.save(new Account("chief@example.eu", "Chief", passwordEncoder.encode(CHIEF_PASSWORD), Role.ADMIN));
		editor = accounts
			.save(new Account("editor@example.eu", "Eda", passwordEncoder.encode(EDITOR_PASSWORD), Role.EDITOR));
		deputy = accounts
			.save(new Account("deputy@example.eu", "Dep", passwordEncoder.encode(DEPUTY_PASSWORD), Role.ADMIN));
		chief = new Browser(port);
		assertThat(chief.signIn("chief@example.eu", CHIEF_PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void aDisabledAccountCanNoLongerSignIn() throws Exception {
		assertThat(Browser.location(disable(editor))).isEqualTo("/admin/accounts");
		assertThat(new Browser(port).signIn("editor@example.eu", EDITOR_PASSWORD)).isEqualTo("/login?error");
		assertThat(rowOf("editor@example.eu").text()).contains("Disabled");
	}

	@Test
	void aDisabledAccountIsSignedOutOfEverySessionAtOnce() throws Exception {
		Browser office = signedIn("editor@example.eu", EDITOR_PASSWORD);
		Browser home = signedIn("editor@example.eu", EDITOR_PASSWORD);
		disable(editor);
		assertThat(Browser.location(office.get("/admin"))).isEqualTo("/login");
		assertThat(Browser.location(home.get("/admin/news"))).isEqualTo("/login");
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		String oneTime = reset(editor);
		assertThat(new Browser(port).signIn("editor@example.eu", EDITOR_PASSWORD)).isEqualTo("/login?error");
		assertThat(new Browser(port).signIn("editor@example.eu", oneTime)).isEqualTo("/account/password");
	}

	@Test
	void aResetPasswordEndsTheAccountsSessions() throws Exception {
		Browser office = signedIn("editor@example.eu", EDITOR_PASSWORD);
		reset(editor);
		assertThat(Browser.location(office.get("/admin"))).isEqualTo("/login");
	}

	@Test
	void aRoleChangeToEditorTakesAwayAccountManagement() throws Exception {
		assertThat(Browser.location(demote(deputy))).isEqualTo("/admin/accounts");
		Browser deputyBrowser = signedIn("deputy@example.eu", DEPUTY_PASSWORD);
		assertThat(deputyBrowser.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(deputyBrowser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void aRoleChangeEndsTheAccountsSessions() throws Exception {
		Browser deputyBrowser = signedIn("deputy@example.eu", DEPUTY_PASSWORD);
		assertThat(deputyBrowser.get("/admin/accounts").statusCode()).isEqualTo(200);
		demote(deputy);
		assertThat(Browser.location(deputyBrowser.get("/admin/accounts"))).isEqualTo("/login");
	}

	@Test
	void changingYourOwnPasswordSignsOutYourOtherSessionsOnly() throws Exception {
		Browser office = signedIn("editor@example.eu", EDITOR_PASSWORD);
		Browser home = signedIn("editor@example.eu", EDITOR_PASSWORD);
		String newPassword = "zebra copper lantern orbit";
		assertThat(Browser.location(office.post("/account/password",
				Map.of("currentPassword", EDITOR_PASSWORD, "newPassword", newPassword, "confirmation", newPassword))))
			.isEqualTo("/admin");
		assertThat(office.get("/admin").statusCode()).isEqualTo(200);
		assertThat(Browser.location(home.get("/admin"))).isEqualTo("/login");
		assertThat(new Browser(port).signIn("editor@example.eu", newPassword)).isEqualTo("/admin");
	}

	@Test
	void anAdminWhoDisablesTheirOwnAccountIsSignedOutToo() throws Exception {
		Account self = accounts.findByEmail("chief@example.eu").orElseThrow();
		assertThat(Browser.location(disable(self))).isEqualTo("/admin/accounts");
		assertThat(Browser.location(chief.get("/admin/accounts"))).isEqualTo("/login");
	}

	@Test
	void anAdminCannotResetTheirOwnPasswordToOneTheyAreNeverShown() throws Exception {
		Account self = accounts.findByEmail("chief@example.eu").orElseThrow();
		assertThat(rowOf("chief@example.eu").select("a[href='/account/password']")).hasSize(1);

		chief.post("/admin/accounts/" + self.getId() + "/password", Map.of());
		assertThat(chief.get("/admin/accounts").statusCode()).isEqualTo(200);
		assertThat(new Browser(port).signIn("chief@example.eu", CHIEF_PASSWORD)).isEqualTo("/admin");
	}

	@Test
	void anAccountWithALongAddressSignsIn() throws Exception {
		accounts.save(new Account(LONG_EMAIL, "Long", passwordEncoder.encode(EDITOR_PASSWORD), Role.EDITOR));
		Browser browser = signedIn(LONG_EMAIL, EDITOR_PASSWORD);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		assertThat(chief.post("/admin/accounts/999999/enabled", Map.of("enabled", "false")).statusCode())
			.isEqualTo(404);
		assertThat(chief.post("/admin/accounts/999999/password", Map.of()).statusCode()).isEqualTo(404);
		assertThat(chief.post("/admin/accounts/999999/role", Map.of("role", "EDITOR")).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> disable(Account account) throws Exception {
		return chief.post("/admin/accounts/" + account.getId() + "/enabled", Map.of("enabled", "false"));
	}

	private HttpResponse<String> demote(Account account) throws Exception {
		return chief.post("/admin/accounts/" + account.getId() + "/role", Map.of("role", "EDITOR"));
	}

	/**
	 * Resets the account's password and answers the one-time password the chief is shown.
	 */
	private String reset(Account account) throws Exception {
		chief.post("/admin/accounts/" + account.getId() + "/password", Map.of());
		String oneTime = Jsoup.parse(chief.get("/admin/accounts").body()).select("code.one-time-password").text();
		assertThat(oneTime).isNotBlank();
		return oneTime;
	}

	private Element rowOf(String email) throws Exception {
		return Jsoup.parse(chief.get("/admin/accounts").body()).selectFirst("tr[data-email='" + email + "']");
	}

	private Browser signedIn(String email, String password) throws Exception {
		Browser browser = new Browser(port);
		assertThat(browser.signIn(email, password)).isEqualTo("/admin");
		return browser;
	}

}
