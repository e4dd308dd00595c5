package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class AccountAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	Account editor;

	Account chief;

	@BeforeEach
	void addAccounts() {
		editor = accounts.save(new Account("editor@example.eu", "Eda", passwordEncoder.encode("x"), Role.EDITOR));
		chief = accounts.save(new Account("chief@example.eu", "Chief", passwordEncoder.encode("x"), Role.ADMIN));
	}

	@Test
	void anAdminCreatesAnEditorWhoGetsAOneTimePassword() throws Exception {
		var result = mvc
			.perform(post("/admin/accounts").with(admin())
				.with(csrf())
				.param("email", "new.editor@example.eu")
				.param("displayName", "New Editor")
				.param("role", "EDITOR"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andReturn();
		AccountService.Issued issued = (AccountService.Issued) result.getFlashMap().get("issued");
		Account created = accounts.findByEmail("new.editor@example.eu").orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.isMustChangePassword()).isTrue();
		assertThat(passwordEncoder.matches(issued.oneTimePassword(), created.getPassword())).isTrue();
	}

	@Test
	void badAccountDataIsExplainedAndKept() throws Exception {
		Document page = Jsoup.parse(mvc.perform(post("/admin/accounts").with(admin())
			.with(csrf())
			.param("email", "EDITOR@example.eu")
			.param("displayName", "  ")
			.param("role", "ADMIN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#email-errors").text())
			.isEqualTo("There is already an account with this e-mail address.");
		assertThat(page.select("#displayName-errors").text()).isEqualTo("Please enter the person's name.");
		assertThat(page.select("#email").val()).isEqualTo("EDITOR@example.eu");
		assertThat(page.select("#role option[selected]").val()).isEqualTo("ADMIN");
	}

	@Test
	void aNameWithControlCharactersIsRefusedAndNoAccountMade() throws Exception {
		for (String name : List.of("Eve\u0000Editor", "Eve\u202eEditor", "Eve\nEditor")) {
			Document page = Jsoup.parse(mvc
				.perform(post("/admin/accounts").with(admin())
					.with(csrf())
					.param("email", "eve@example.eu")
					.param("displayName", name)
					.param("role", "EDITOR"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#displayName-errors").text()).as(name)
				.isEqualTo("The name cannot contain line breaks or other control characters.");
		}
		assertThat(accounts.findByEmail("eve@example.eu")).isEmpty();
	}

	@Test
	void beanValidationMessagesAreInTheLanguageOfThePage() throws Exception {
		Document page = Jsoup
			.parse(mvc
				.perform(post("/zh/admin/accounts").with(admin())
					.with(csrf())
					.param("email", "not an address")
					.param("displayName", " ")
					.param("role", "EDITOR"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("#email-errors").text()).isEqualTo("请输入有效的电子邮箱。");
		assertThat(page.select("#displayName-errors").text()).isEqualTo("请输入此人的姓名。");
		assertThat(page.title()).startsWith("2处错误：");
	}

	@Test
	void anAdminResetsAPasswordDisablesAnAccountAndChangesARole() throws Exception {
		mvc.perform(post("/admin/accounts/{id}/password", editor.getId()).with(admin()).with(csrf()))
			.andExpect(flash().attributeExists("issued"));
		assertThat(editor.isMustChangePassword()).isTrue();
		mvc.perform(post("/admin/accounts/{id}/enabled", editor.getId()).with(admin())
			.with(csrf())
			.param("enabled", "false"));
		assertThat(editor.isEnabled()).isFalse();
		mvc.perform(
				post("/admin/accounts/{id}/role", editor.getId()).with(admin()).with(csrf()).param("role", "ADMIN"));
		assertThat(editor.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void theLastEnabledAdminCannotBeDisabledOrDemoted() throws Exception {
		Account first = accounts.findByEmail("admin@localhost").orElseThrow();
		mvc.perform(post("/admin/accounts/{id}/enabled", first.getId()).with(admin())
			.with(csrf())
			.param("enabled", "false")).andExpect(flash().attribute("notice", "accounts.saved"));
		mvc.perform(post("/admin/accounts/{id}/enabled", chief.getId()).with(admin())
			.with(csrf())
			.param("enabled", "false")).andExpect(flash().attribute("problem", "accounts.last-admin"));
		mvc.perform(post("/admin/accounts/{id}/role", chief.getId()).with(admin()).with(csrf()).param("role", "EDITOR"))
			.andExpect(flash().attribute("problem", "accounts.last-admin"));
		assertThat(chief.isEnabled()).isTrue();
		assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		editor.changePassword(passwordEncoder.encode("a good long password"));
		editor.setEnabled(false);
		mvc.perform(post("/login").param("email", "editor@example.eu")
			.param("password", "a good long password")
			.with(csrf())).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theListShowsEveryAccountToAdminsOnly() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/admin/accounts").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("tbody th").eachText()).containsExactly("admin@localhost", "chief@example.eu",
				"editor@example.eu");
		mvc.perform(get("/admin/accounts").with(user("editor@example.eu").roles("EDITOR")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/role", editor.getId()).with(user("editor@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("role", "ADMIN")).andExpect(status().isForbidden());
	}

	@Test
	void membersAreNeitherListedNorMadeNorPromotedHere() throws Exception {
		Account member = accounts
			.save(new Account("member@example.eu", "Mei", passwordEncoder.encode("x"), Role.MEMBER));
		Document list = Jsoup
			.parse(mvc.perform(get("/admin/accounts").with(admin())).andReturn().getResponse().getContentAsString());
		assertThat(list.select("tbody th").eachText()).doesNotContain("member@example.eu");
		assertThat(list.select("option").eachAttr("value")).doesNotContain("MEMBER");
		Document form = Jsoup.parse(
				mvc.perform(get("/admin/accounts/new").with(admin())).andReturn().getResponse().getContentAsString());
		assertThat(form.select("#role option").eachAttr("value")).containsExactly("EDITOR", "ADMIN");

		mvc.perform(post("/admin/accounts").with(admin())
			.with(csrf())
			.param("email", "made.member@example.eu")
			.param("displayName", "Made")
			.param("role", "MEMBER")).andExpect(status().isOk());
		assertThat(accounts.findByEmail("made.member@example.eu")).isEmpty();
		mvc.perform(
				post("/admin/accounts/{id}/role", member.getId()).with(admin()).with(csrf()).param("role", "EDITOR"))
			.andExpect(status().isBadRequest());
		mvc.perform(
				post("/admin/accounts/{id}/role", editor.getId()).with(admin()).with(csrf()).param("role", "MEMBER"))
			.andExpect(status().isBadRequest());
		assertThat(accounts.findByEmail("member@example.eu").orElseThrow().getRole()).isEqualTo(Role.MEMBER);
		assertThat(accounts.findByEmail("editor@example.eu").orElseThrow().getRole()).isEqualTo(Role.EDITOR);
	}

	private static RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user("chief@example.eu").roles("ADMIN");
	}

}
