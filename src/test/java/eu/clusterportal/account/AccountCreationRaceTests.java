package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import javax.sql.DataSource;

import eu.clusterportal.ConcurrentInsert;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two admins creating an account for the same address at once; commits, so it cleans up. */
@PortalIntegrationTest
class AccountCreationRaceTests {

	@Autowired
	WebPages pages;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheAccount() {
		jdbc.sql("delete from account where email = 'twin@example.eu'").update();
	}

	@Test
	void theSecondAdminIsToldAtTheEmailFieldAndKeepsTheForm() throws Exception {
		Document form = ConcurrentInsert.during(dataSource, """
				insert into account (email, display_name, password_hash, role)
				values ('twin@example.eu', 'Twin', '{noop}unused', 'EDITOR')""",
				() -> pages.html(post("/admin/accounts").with(user("chief@example.eu").roles("ADMIN"))
					.with(csrf())
					.param("email", "twin@example.eu")
					.param("displayName", "Twin Editor")
					.param("role", "EDITOR")));

		assertThat(form.select("#email-errors").text()).isEqualTo("There is already an account with this e-mail address.");
		assertThat(form.select("#displayName").val()).isEqualTo("Twin Editor");
		assertThat(jdbc.sql("select display_name from account where email = 'twin@example.eu'").query(String.class).list())
			.containsExactly("Twin");
	}

}
