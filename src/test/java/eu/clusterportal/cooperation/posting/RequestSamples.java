package eu.clusterportal.cooperation.posting;

import static eu.clusterportal.WebPages.csrf;
import static eu.clusterportal.organisation.membership.MemberSamples.AS_MEMBER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.organisation.membership.MemberSamples;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Partner requests in every state, posted by {@link MemberSamples}' member for the
 * organisation they represent: one open, written in both languages; one an editor
 * unpublished; one its poster closed. The data is committed: only for tests with
 * {@link eu.clusterportal.DatabaseSnapshot}.
 */
public final class RequestSamples {

	/** A confirmed member who represents no organisation. */
	public static final RequestPostProcessor AS_OUTSIDER = user("outsider@example.org").roles("MEMBER");

	/** The open request. */
	public final long open;

	public final long unpublished;

	private RequestSamples(long open, long unpublished) {
		this.open = open;
		this.unpublished = unpublished;
	}

	public static RequestSamples make(MockMvc mvc, AccountRepository accounts, JdbcClient jdbc) throws Exception {
		MemberSamples.make(mvc, accounts, jdbc);
		Account outsider = new Account("outsider@example.org", "Olga Outsider", "{noop}unused", Role.MEMBER);
		outsider.confirmEmail(Instant.now());
		accounts.save(outsider);
		publish(mvc, "Battery recycling partner");
		publish(mvc, "Sensor distributor");
		publish(mvc, "Event partner");
		long open = id(jdbc, "Battery recycling partner");
		long unpublished = id(jdbc, "Sensor distributor");
		mvc.perform(post("/admin/requests/{id}/unpublish", unpublished).with(user("eda@example.eu").roles("EDITOR"))
			.with(csrf())
			.param("reason", "Advertising.")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/account/requests/{id}/close", id(jdbc, "Event partner")).with(AS_MEMBER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return new RequestSamples(open, unpublished);
	}

	private static void publish(MockMvc mvc, String title) throws Exception {
		mvc.perform(post("/account/requests/new").with(AS_MEMBER)
			.with(csrf())
			.param("direction", "request")
			.param("kind", "technology-partner")
			.param("titleEn", title)
			.param("descriptionEn", "What we seek.\nWhy.")
			.param("titleZh", "寻找" + title)
			.param("descriptionZh", "我们寻求什么。")
			.param("deadline", LocalDate.now().plusDays(30).toString())
			.param("targetCountries", "china")
			.param("sectors", "C26")).andExpect(status().is3xxRedirection());
	}

	private static long id(JdbcClient jdbc, String title) {
		return jdbc.sql("select id from partner_request where title_en = ?").param(title).query(Long.class).single();
	}

}
