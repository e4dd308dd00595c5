package eu.clusterportal.mail.admin;

import static eu.clusterportal.WebPages.csrf;
import static org.hamcrest.Matchers.containsString;
import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors read the outbox: every mail, newest first, where it stands, and what it says,
 * its HTML part kept from the page in a sandbox.
 */
@PortalIntegrationTest
@Transactional
class OutboxAdminTests {

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOutboxListsMailsNewestFirstWithWhereEachStands() throws Exception {
		mail("waiting@example.eu", "Please confirm", "now() - interval '3 minutes'", 0, null, null);
		mail("sent@example.eu", "Welcome", "now() - interval '2 hours'", 1, null, "now() - interval '1 hour'");
		mail("failing@example.eu", "Your organisation", "now() - interval '1 hour'", 2, "Connection refused", null);

		Document list = pages.html(get("/admin/outbox").with(editor("eda@example.eu")));

		assertThat(list.select("tbody tr th").eachText()).startsWith("Please confirm", "Your organisation", "Welcome");
		assertThat(row(list, "waiting@example.eu").text()).contains("Waiting to be sent");
		assertThat(row(list, "sent@example.eu").text()).contains("Sent ");
		assertThat(row(list, "failing@example.eu").text()).contains("Failing after 2 attempts; next attempt ");
		assertThat(list.select("main").text()).contains("No SMTP server is configured");
	}

	@Test
	void aMailShowsItsTextAndItsHtmlInASandbox() throws Exception {
		long id = mail("reader@example.eu", "Confirm your address", "now()", 3, "550 mailbox unavailable", null);
		jdbc.sql("""
				update outbox_mail set text_body = 'Open http://localhost:8080/register/confirm?token=abc.',
				html_body = '<p>Open <a href="http://localhost:8080/">it</a></p><script>alert(1)</script>'
				where id = :id""").param("id", id).update();

		Document page = pages.html(get("/admin/outbox/" + id).with(editor("eda@example.eu")));

		assertThat(page.select("h1").text()).isEqualTo("Confirm your address");
		assertThat(page.select("pre").text()).isEqualTo("Open http://localhost:8080/register/confirm?token=abc.");
		assertThat(page.select("pre a").eachAttr("href"))
			.containsExactly("http://localhost:8080/register/confirm?token=abc");
		Element frame = page.selectFirst("iframe");
		assertThat(frame.attr("sandbox")).isEmpty();
		assertThat(frame.hasAttr("sandbox")).isTrue();
		assertThat(frame.attr("srcdoc")).contains("<script>alert(1)</script>");
		assertThat(page.select("script").eachAttr("src")).allSatisfy((src) -> assertThat(src).isNotEmpty());
		assertThat(page.select("main").text()).contains("550 mailbox unavailable").contains("Failing after 3 attempts");
	}

	@Test
	void aMailThatDoesNotExistIsNotFound() throws Exception {
		mvc.perform(get("/admin/outbox/999999999").with(editor("eda@example.eu"))).andExpect(status().isNotFound());
	}

	@Test
	void onlyEditorsAndAdminsReadTheOutboxAndNothingOfItIsKept() throws Exception {
		mvc.perform(get("/admin/outbox").with(user("member@example.eu").roles("MEMBER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/outbox").with(user("ada@example.eu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void aLongOutboxIsPagedInTheLanguageOfThePage() throws Exception {
		for (int i = 0; i < 25; i++) {
			mail("member" + i + "@example.eu", "Mail " + i, "now() - interval '" + i + " minutes'", 0, null, null);
		}

		Document second = pages.html(get("/zh/admin/outbox?page=2").with(editor("eda@example.eu")));
		Document farAway = pages.html(get("/zh/admin/outbox?page=99").with(editor("eda@example.eu")));

		assertThat(second.select("tbody tr th").eachText()).startsWith("Mail 20").contains("Mail 24");
		assertThat(second.select("tbody tr")).hasSizeGreaterThanOrEqualTo(5).hasSizeLessThanOrEqualTo(20);
		assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/zh/admin/outbox?page=1");
		assertThat(farAway.select("tbody tr th").eachText()).isEqualTo(second.select("tbody tr th").eachText());
	}

	@Test
	void anEditorSendsATestMailToThemselfInTheLanguageOfThePage() throws Exception {
		mvc.perform(post("/zh/admin/outbox/test-mail").with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/zh/admin/outbox"));

		assertThat(jdbc.sql("""
				select subject || ' ' || text_body from outbox_mail
				where recipient = 'eda@example.eu' and language = 'zh-Hans' and kind = 'outbox-test'""")
			.query(String.class)
			.single()).startsWith("欧盟—中国产业集群门户测试邮件").contains("这是一封测试邮件。").contains("http://localhost:8080/zh/");
	}

	private long mail(String recipient, String subject, String created, int attempts, String error, String sent) {
		return jdbc
			.sql("insert into outbox_mail (kind, recipient, language, subject, text_body, html_body, created_at, "
					+ "next_attempt_at, attempts, last_error, sent_at) values ('outbox-test', :recipient, 'en', :subject, "
					+ "'Text', '<p>HTML</p>', " + created + ", now() + interval '1 minute', :attempts, :error, "
					+ ((sent != null) ? sent : "null") + ") returning id")
			.param("recipient", recipient)
			.param("subject", subject)
			.param("attempts", attempts)
			.param("error", error)
			.query(Long.class)
			.single();
	}

	private static Element row(Document list, String recipient) {
		return list.select("tbody tr")
			.stream()
			.filter((row) -> row.text().contains(recipient))
			.findFirst()
			.orElseThrow();
	}

}
