package eu.clusterportal.conversation;

import static eu.clusterportal.WebPages.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A conversation in every state a page shows, for tests of every kind of page: a poster
 * with a partner request, a sender with an organisation of their own who expressed
 * interest and shared their address, a reply, a blocked member and a reported message.
 * The data is committed: only for tests with {@link eu.clusterportal.DatabaseSnapshot}.
 */
public final class ConversationSamples {

	public static final RequestPostProcessor AS_POSTER = user("poster.sample@example.cn").roles("MEMBER");

	public static final RequestPostProcessor AS_SENDER = user("sender.sample@example.de").roles("MEMBER");

	public static final RequestPostProcessor AS_EDITOR = user("eda@example.eu").roles("EDITOR");

	private final long request;

	private final long conversation;

	private final long message;

	private ConversationSamples(long request, long conversation, long message) {
		this.request = request;
		this.conversation = conversation;
		this.message = message;
	}

	public static ConversationSamples make(MockMvc mvc, AccountRepository accounts, JdbcClient jdbc) throws Exception {
		long poster = member(accounts, "poster.sample@example.cn", "Ada Wang");
		long sender = member(accounts, "sender.sample@example.de", "Ben Braun");
		long blocked = member(accounts, "blocked.sample@example.fr", "Cai Dupont");
		long organisation = jdbc.sql("select id from organisation where slug = 'china-ipr-helpdesk'")
			.query(Long.class)
			.single();
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(organisation, poster)
			.update();
		jdbc.sql("""
				insert into organisation_member (organisation_id, account_id, status)
				select id, ?, 'VALIDATED' from organisation where slug = 'eu-sme-centre'""").param(sender).update();
		long request = jdbc
			.sql("""
					insert into partner_request (organisation_id, poster_id, direction, kind, title_en, description_en,
					                             deadline)
					values (?, ?, 'REQUEST', 'TECHNOLOGY_PARTNER', 'Sensor partner wanted', 'We seek sensors.', '2099-12-31')
					returning id""")
			.params(organisation, poster)
			.query(Long.class)
			.single();
		mvc.perform(
				post("/cooperation/{id}/interest", request).with(AS_SENDER).with(csrf()).param("text", "您好，我们对此感兴趣。"))
			.andExpect(status().is3xxRedirection());
		long conversation = jdbc.sql("select id from conversation").query(Long.class).single();
		mvc.perform(post("/account/inbox/{id}/share", conversation).with(AS_SENDER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/account/inbox/{id}", conversation).with(AS_POSTER).with(csrf()).param("text", "欢迎来信。"))
			.andExpect(status().is3xxRedirection());
		long message = jdbc.sql("select min(id) from message").query(Long.class).single();
		mvc.perform(post("/account/inbox/{id}/messages/{m}/report", conversation, message).with(AS_POSTER)
			.with(csrf())
			.param("reason", "Just a sample.")).andExpect(status().is3xxRedirection());
		jdbc.sql("insert into member_block (blocker_id, blocked_id, created_at) values (?, ?, now())")
			.params(poster, blocked)
			.update();
		return new ConversationSamples(request, conversation, message);
	}

	/**
	 * Every page of conversations in a language (prefix {@code ""} or {@code "/zh"}),
	 * with forms sent back with mistakes and a refusal; each answers 200.
	 */
	public List<MockHttpServletRequestBuilder> pages(String prefix) {
		return List.of(get(prefix + "/account/inbox").with(AS_POSTER),
				get(prefix + "/account/inbox/{id}", conversation).with(AS_POSTER),
				get(prefix + "/account/inbox/{id}", conversation).with(AS_SENDER),
				post(prefix + "/account/inbox/{id}", conversation).with(AS_POSTER).with(csrf()).param("text", " "),
				get(prefix + "/account/inbox/blocked").with(AS_POSTER),
				get(prefix + "/account/inbox/{id}/messages/{m}/report", conversation, message).with(AS_POSTER),
				post(prefix + "/account/inbox/{id}/messages/{m}/report", conversation, message).with(AS_POSTER)
					.with(csrf())
					.param("reason", ""),
				get(prefix + "/cooperation/{id}/interest", request).with(AS_SENDER),
				post(prefix + "/cooperation/{id}/interest", request).with(AS_SENDER).with(csrf()).param("text", ""),
				get(prefix + "/admin/reports").with(AS_EDITOR));
	}

	/** The interest form refused: the poster answering their own request (403). */
	public MockHttpServletRequestBuilder refusedInterest(String prefix) {
		return get(prefix + "/cooperation/{id}/interest", request).with(AS_POSTER);
	}

	private static long member(AccountRepository accounts, String email, String name) {
		Account account = new Account(email, name, "{noop}unused", Role.MEMBER);
		account.confirmEmail(Instant.now());
		return accounts.save(account).getId();
	}

}
