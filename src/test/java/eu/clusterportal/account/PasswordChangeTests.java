package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class PasswordChangeTests {

	static final String ONE_TIME = "one-time-password-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void addAccountWithOneTimePassword() {
		Account account = new Account("new@example.eu", "New Editor", passwordEncoder.encode(ONE_TIME), Role.EDITOR);
		account.requirePasswordChange();
		accounts.save(account);
	}

	@Test
	void aOneTimePasswordLeadsStraightToChoosingANewOne() throws Exception {
		mvc.perform(post("/login").param("email", "new@example.eu").param("password", ONE_TIME).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/admin").with(user("new@example.eu").roles("EDITOR")))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void aNewPasswordReplacesTheOneTimePassword() throws Exception {
		mvc.perform(change(ONE_TIME, "a much longer passphrase", "a much longer passphrase"))
			.andExpect(redirectedUrl("/admin"));
		Account account = accounts.findByEmail("new@example.eu").orElseThrow();
		assertThat(account.isMustChangePassword()).isFalse();
		assertThat(passwordEncoder.matches("a much longer passphrase", account.getPassword())).isTrue();
		assertThat(account.getPassword()).startsWith("{bcrypt}");
		mvc.perform(get("/admin").with(user("new@example.eu").roles("EDITOR"))).andExpect(status().isOk());
	}

	@Test
	void aGoodPassphraseIsAcceptedAndThenSignsIn() throws Exception {
		mvc.perform(change(ONE_TIME, "zebra copper lantern orbit", "zebra copper lantern orbit"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/login").param("email", "new@example.eu")
			.param("password", "zebra copper lantern orbit")
			.with(csrf())).andExpect(redirectedUrl("/admin"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "password1234", "new@example.eu", "New@Example.eu2025", "Qwertyuiop123",
			"New Editor new editor" })
	void aPasswordThatIsEasyToGuessIsRefusedWithAReasonAndAnAdvice(String weak) throws Exception {
		Document page = Jsoup.parse(mvc.perform(change(ONE_TIME, weak, weak))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#newPassword-errors").text()).startsWith("This password is too easy to guess. ")
			.contains("Please choose a longer passphrase")
			.doesNotContain("{0}", "??");
		Account account = accounts.findByEmail("new@example.eu").orElseThrow();
		assertThat(passwordEncoder.matches(ONE_TIME, account.getPassword())).isTrue();
	}

	@Test
	void theChinesePageChangesThePasswordAndEveryStepStaysInChinese() throws Exception {
		mvc.perform(post("/zh/login").param("email", "new@example.eu").param("password", ONE_TIME).with(csrf()))
			.andExpect(redirectedUrl("/zh/account/password"));
		mvc.perform(get("/zh/admin").with(user("new@example.eu").roles("EDITOR")))
			.andExpect(redirectedUrl("/zh/account/password"));
		Document form = Jsoup
			.parse(mvc.perform(get("/zh/account/password").with(user("new@example.eu").roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("main h1").text()).isEqualTo("设置新密码");
		assertThat(form.select("main form").attr("action")).isEqualTo("/zh/account/password");

		Document refused = Jsoup.parse(mvc
			.perform(post("/zh/account/password").with(user("new@example.eu").roles("EDITOR"))
				.with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", "zebra copper lantern orbit")
				.param("confirmation", "zebra copper lantern orbit"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#currentPassword-errors").text()).isEqualTo("当前密码不正确。");

		mvc.perform(post("/zh/account/password").with(user("new@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("currentPassword", ONE_TIME)
			.param("newPassword", "zebra copper lantern orbit")
			.param("confirmation", "zebra copper lantern orbit")).andExpect(redirectedUrl("/zh/admin"));
		assertThat(accounts.findByEmail("new@example.eu").orElseThrow().isMustChangePassword()).isFalse();
	}

	@Test
	void theReasonNamesWhatMakesItEasy() throws Exception {
		assertThat(newPasswordError("aaaaaaaaaaaa")).contains("Repeats like \"aaa\" are easy to guess.");
		assertThat(newPasswordError("password1234")).contains("common password");
		assertThat(newPasswordError("new@example.eu")).contains("your e-mail address");
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndNothingIsChanged() throws Exception {
		String html = mvc.perform(change("not my password", "short", "different"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#currentPassword-errors").text()).isEqualTo("This is not your current password.");
		assertThat(page.select("#newPassword-errors").text()).isEqualTo("The new password needs 12 to 128 characters.");
		assertThat(page.select("#confirmation-errors").text()).startsWith("The two new passwords differ.");
		assertThat(page.select("[role=alert] li")).hasSize(3);
		assertThat(accounts.findByEmail("new@example.eu").orElseThrow().isMustChangePassword()).isTrue();
	}

	@Test
	void wrongCurrentPasswordsAreCountedLikeSignInsAndLockTheAccountEvenForTheRightOne() throws Exception {
		String good = "zebra copper lantern orbit";
		for (int guess = 1; guess <= SignInThrottle.ALLOWED_FAILURES; guess++) {
			assertThat(currentPasswordError(change("wrong guess " + guess, good, good)))
				.isEqualTo("This is not your current password.");
		}

		assertThat(currentPasswordError(change(ONE_TIME, good, good))).startsWith("Too many wrong passwords");
		assertThat(
				passwordEncoder.matches(ONE_TIME, accounts.findByEmail("new@example.eu").orElseThrow().getPassword()))
			.isTrue();
		mvc.perform(post("/login").param("email", "new@example.eu").param("password", ONE_TIME).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	private String currentPasswordError(org.springframework.test.web.servlet.RequestBuilder change) throws Exception {
		return Jsoup
			.parse(mvc.perform(change).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.select("#currentPassword-errors")
			.text();
	}

	private String newPasswordError(String weak) throws Exception {
		return Jsoup.parse(mvc.perform(change(ONE_TIME, weak, weak)).andReturn().getResponse().getContentAsString())
			.select("#newPassword-errors")
			.text();
	}

	private org.springframework.test.web.servlet.RequestBuilder change(String current, String next, String again) {
		return post("/account/password").with(user("new@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", again);
	}

}
