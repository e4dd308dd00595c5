package eu.clusterportal.organisation.membership;

import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members' organisations in every state, for tests of every kind of page: a confirmed
 * member with a profile waiting, a claim waiting, and a validated profile they changed.
 * The data is committed: only for tests with {@link eu.clusterportal.DatabaseSnapshot}.
 */
public final class MemberSamples {

	public static final String MEMBER = "sample.member@example.org";

	public static final RequestPostProcessor AS_MEMBER = user(MEMBER).roles("MEMBER");

	/** The organisation the member represents, a validated profile. */
	public final long represented;

	/** A published organisation the member has not asked to represent. */
	public final String claimable = "eu-sme-centre";

	private MemberSamples(long represented) {
		this.represented = represented;
	}

	public static MemberSamples make(MockMvc mvc, AccountRepository accounts, JdbcClient jdbc) throws Exception {
		Account member = new Account(MEMBER, "Sam Member", "{noop}unused", Role.MEMBER);
		member.confirmEmail(Instant.now());
		accounts.save(member);
		create(mvc, "Sample Validated Association");
		long represented = jdbc.sql("select id from organisation where slug = 'sample-validated-association'")
			.query(Long.class)
			.single();
		RequestPostProcessor editor = user("eda@example.eu").roles("EDITOR");
		mvc.perform(post("/admin/validations/{o}/{a}/validate", represented, member.getId()).with(editor).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/account/organisations/{id}/edit", represented).with(AS_MEMBER)
			.with(csrf())
			.param("version",
					jdbc.sql("select version from organisation where id = ?")
						.param(represented)
						.query(String.class)
						.single())
			.param("name", "Sample Validated Association")
			.param("type", "ASSOCIATION")
			.param("country", "china")
			.param("city", "Ningbo")).andExpect(status().is3xxRedirection());
		create(mvc, "Sample Pending Institute");
		mvc.perform(post("/account/organisations/claim/china-ipr-helpdesk").with(AS_MEMBER)
			.with(csrf())
			.param("note", "I work there.")).andExpect(status().is3xxRedirection());
		return new MemberSamples(represented);
	}

	private static void create(MockMvc mvc, String name) throws Exception {
		mvc.perform(post("/account/organisations/new").with(AS_MEMBER)
			.with(csrf())
			.param("name", name)
			.param("type", "ASSOCIATION")
			.param("country", "china")
			.param("sectors", "C26")
			.param("description", "What it *does*.")).andExpect(status().is3xxRedirection());
	}

}
