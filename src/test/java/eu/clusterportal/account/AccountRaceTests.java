package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import javax.sql.DataSource;

import eu.clusterportal.ConcurrentWrite;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two admins changing accounts at the same moment; commits, so it cleans up. */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class AccountRaceTests {

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondAdminIsToldAtTheEmailFieldAndKeepsTheForm() throws Exception {
		Document form = ConcurrentWrite.during(dataSource, """
				insert into account (email, display_name, password_hash, role)
				values ('twin@example.eu', 'Twin', '{noop}unused', 'EDITOR')""",
				() -> pages.html(post("/admin/accounts").with(user("chief@example.eu").roles("ADMIN"))
					.with(csrf())
					.param("email", "twin@example.eu")
					.param("displayName", "Twin Editor")
					.param("role", "EDITOR")));

		assertThat(form.select("#email-errors").text())
			.isEqualTo("There is already an account with this e-mail address.");
		assertThat(form.select("#displayName").val()).isEqualTo("Twin Editor");
		assertThat(
				jdbc.sql("select display_name from account where email = 'twin@example.eu'").query(String.class).list())
			.containsExactly("Twin");
	}

	@Test
	void twoAdminsTakingAwayEachOthersRightsLeaveOneAdmin() throws Exception {
		jdbc.sql("update account set enabled = false where email = 'admin@localhost'").update();
		jdbc.sql("""
				insert into account (email, display_name, password_hash, role)
				values ('chief@example.eu', 'Chief', '{noop}unused', 'ADMIN'),
				       ('deputy@example.eu', 'Deputy', '{noop}unused', 'ADMIN')""").update();
		long deputy = jdbc.sql("select id from account where email = 'deputy@example.eu'").query(Long.class).single();

		// The deputy disables the chief while the chief demotes the deputy.
		ConcurrentWrite.during(dataSource, "update account set enabled = false where email = 'chief@example.eu'",
				() -> mvc
					.perform(post("/admin/accounts/{id}/role", deputy).with(user("chief@example.eu").roles("ADMIN"))
						.with(csrf())
						.param("role", "EDITOR")));

		assertThat(jdbc.sql("select email from account where role = 'ADMIN' and enabled").query(String.class).list())
			.containsExactly("deputy@example.eu");
	}

}
