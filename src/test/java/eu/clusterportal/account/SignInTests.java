package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class SignInTests {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void addAccounts() {
		accounts.save(new Account("editor@example.eu", "Eda Editor", passwordEncoder.encode(PASSWORD), Role.EDITOR));
	}

	@Test
	void publicPagesNeedNoSignIn() throws Exception {
		mvc.perform(get("/countries/china")).andExpect(status().isOk());
	}

	@Test
	void anAnonymousVisitorToTheAdminPagesIsSentToSignIn() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSignInFormCarriesACsrfToken() throws Exception {
		Document page = Jsoup.parse(
				mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("form[action=/login] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("label[for=email]").text()).isEqualTo("E-mail address");
	}

	@Test
	void anEditorSignsInWithEMailAndPasswordAndReachesTheAdminPages() throws Exception {
		signIn("Editor@Example.eu", PASSWORD).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessageThatRevealsNothing() throws Exception {
		signIn("editor@example.eu", "wrong").andExpect(redirectedUrl("/login?error"));
		signIn("nobody@example.eu", "wrong").andExpect(redirectedUrl("/login?error"));
		Document page = Jsoup.parse(mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo("That e-mail address and password do not match an account. Please try again.");
	}

	@Test
	void repeatedFailuresLockTheAddressEvenForTheRightPasswordAndEvenWithoutAnAccount() throws Exception {
		for (int i = 0; i < SignInThrottle.ALLOWED_FAILURES; i++) {
			signIn("editor@example.eu", "wrong " + i);
			signIn("nobody@example.eu", "wrong " + i);
		}
		signIn("editor@example.eu", PASSWORD).andExpect(redirectedUrl("/login?locked"));
		signIn("nobody@example.eu", "anything").andExpect(redirectedUrl("/login?locked"));
		Document page = Jsoup.parse(mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=alert]").text()).startsWith("Too many failed sign-ins");
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("email", "editor@example.eu").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		mvc.perform(post("/logout").with(user("editor@example.eu").roles("EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("editor@example.eu").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/login?signed-out"));
	}

	@Test
	void theSignInPageSaysSignedOutOnlyAfterSigningOut() throws Exception {
		assertThat(pages.html("/login?signed-out").select("[role=status]").text()).isEqualTo("You have signed out.");
		assertThat(pages.html("/login").select("main .notice")).isEmpty();
	}

	@Test
	void anEditorCannotManageAccounts() throws Exception {
		mvc.perform(get("/admin/accounts").with(user("editor@example.eu").roles("EDITOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFirstAdminWasCreatedWithAOneTimePasswordToChange() {
		Account admin = accounts.findByEmail("admin@localhost").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(admin.isMustChangePassword()).isTrue();
	}

	private ResultActions signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()));
	}

}
