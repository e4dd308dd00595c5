package eu.clusterportal.organisation.membership;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Members make organisation profiles and ask to represent published ones; editors
 * validate or refuse them; members edit what they represent, and nothing else. These
 * tests commit, as the history and the outbox are written on commit; the database is
 * restored after each.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class MemberOrganisationTests {

	private static final String MEMBER = "mei@example.cn";

	private static final String OTHER = "otto@example.de";

	private static final RequestPostProcessor AS_MEMBER = user(MEMBER).roles("MEMBER");

	private static final RequestPostProcessor AS_OTHER = user(OTHER).roles("MEMBER");

	private static final RequestPostProcessor EDITOR = user("eda@example.eu").roles("EDITOR");

	private static final String DEMO = "china-ipr-helpdesk";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@BeforeEach
	void confirmedMembers() {
		Account mei = new Account(MEMBER, "Mei Lin", "{noop}unused", Role.MEMBER);
		mei.confirmEmail(Instant.now());
		mei.setLanguage(Language.SIMPLIFIED_CHINESE);
		accounts.save(mei);
		Account otto = new Account(OTHER, "Otto Weber", "{noop}unused", Role.MEMBER);
		otto.confirmEmail(Instant.now());
		accounts.save(otto);
	}

	@Test
	void aNewProfileIsPublicOnlyOnceAnEditorValidatesItAndTheMemberIsToldInTheirLanguage() throws Exception {
		mvc.perform(create("Suzhou Nano Alliance").param("region", "yangtze-river-delta")
			.param("city", "Suzhou")
			.param("sectors", "C26")
			.param("description", "Nanotech *firms* in Suzhou.")
			.param("chineseDescription", "苏州的纳米技术企业。")).andExpect(redirectedUrl("/account/organisations"));

		Document mine = pages.html(get("/account/organisations").with(AS_MEMBER));
		assertThat(mine.select("tbody tr").eachText())
			.containsExactly("Suzhou Nano Alliance New profile Waiting for an editor");
		mvc.perform(get("/organisations/suzhou-nano-alliance")).andExpect(status().isNotFound());
		assertThat(pages.html("/organisations?country=china").text()).doesNotContain("Suzhou Nano Alliance");
		assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString())
			.doesNotContain("suzhou-nano-alliance");
		mvc.perform(get("/admin/validations").with(AS_MEMBER)).andExpect(status().isForbidden());

		Document queue = pages.html(get("/admin/validations").with(EDITOR));
		assertThat(queue.select("article h2").eachText()).containsExactly("New profile: Suzhou Nano Alliance");
		assertThat(queue.select("article").text()).contains("Mei Lin (mei@example.cn)", "Suzhou", "Yangtze River Delta",
				"C26", "苏州的纳米技术企业。");
		assertThat(queue.select("article .prose em").text()).isEqualTo("firms");
		mvc.perform(post(queue.select("article form").first().attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/validations"));

		Document page = pages.html("/organisations/suzhou-nano-alliance");
		assertThat(page.select("main h1").text()).isEqualTo("Suzhou Nano Alliance");
		assertThat(page.select("main .lead em").text()).isEqualTo("firms");
		assertThat(pages.html("/zh/organisations/suzhou-nano-alliance").select("main").text()).contains("苏州的纳米技术企业。");
		String chinaOrganisations = pages.html("/countries/china")
			.select("a[href^=/organisations?country=china]")
			.attr("href");
		assertThat(pages.html(chinaOrganisations + "&region=yangtze-river-delta").select("main table").text())
			.contains("Suzhou Nano Alliance");
		assertThat(pages.html(get("/account/organisations").with(AS_MEMBER)).select("tbody tr").eachText())
			.containsExactly("Suzhou Nano Alliance New profile Validated Edit the profile Public page");
		assertThat(pages.html(get("/admin/validations").with(EDITOR)).select("article")).isEmpty();

		var mail = jdbc.sql("select kind, recipient, language, subject, text_body from outbox_mail")
			.query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5)))
			.single();
		assertThat(mail.subList(0, 4)).containsExactly("organisation-validated", MEMBER, "zh-Hans", "您的机构资料已发布");
		assertThat(mail.get(4)).contains("Mei Lin，您好：", "“Suzhou Nano Alliance”",
				"http://localhost:8080/zh/organisations/suzhou-nano-alliance");
	}

	@Test
	void aRefusalNeedsAReasonWhichTheMemberReadsAndASecondDecisionChangesNothing() throws Exception {
		mvc.perform(create("Shell Company")).andExpect(redirectedUrl("/account/organisations"));
		Document queue = pages.html(get("/admin/validations").with(EDITOR));
		String refuse = queue.select("article form").get(1).attr("action");

		Document noReason = pages.html(post(refuse).with(EDITOR).with(csrf()).param("reason", "  "));
		assertThat(noReason.select("article .field__errors").text())
			.isEqualTo("Please give the member a reason for refusing.");
		mvc.perform(post(refuse).with(EDITOR).with(csrf()).param("reason", "No such organisation is registered."))
			.andExpect(redirectedUrl("/admin/validations"));

		assertThat(pages.html(get("/account/organisations").with(AS_MEMBER)).select("tbody tr").text())
			.isEqualTo("Shell Company New profile Refused The editor’s reason: No such organisation is registered.");
		mvc.perform(get("/organisations/shell-company")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select kind || ' ' || language from outbox_mail").query(String.class).single())
			.isEqualTo("organisation-refused zh-Hans");

		String validate = queue.select("article form").first().attr("action");
		mvc.perform(post(validate).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/validations"))
			.andExpect(flash().attribute("notice", "member-orgs.queue.already-decided"));
		mvc.perform(get("/organisations/shell-company")).andExpect(status().isNotFound());
	}

	@Test
	void aMemberAsksToRepresentAPublishedOrganisationAndAnEditorDecides() throws Exception {
		assertThat(
				pages.html("/organisations/" + DEMO).select("main a[href=/account/organisations/claim/" + DEMO + "]"))
			.hasSize(1);
		mvc.perform(get("/account/organisations/claim/" + DEMO)).andExpect(redirectedUrl("/login"));

		Document empty = pages.html(claim(DEMO, AS_MEMBER, ""));
		assertThat(empty.select("#note-errors").text()).isEqualTo("Please say what your role in the organisation is.");
		mvc.perform(claim(DEMO, AS_MEMBER, "I run its Beijing office."))
			.andExpect(redirectedUrl("/account/organisations"));
		assertThat(
				pages.html(get("/account/organisations/claim/" + DEMO).with(AS_MEMBER)).select("[role=alert]").text())
			.isEqualTo("You have asked to represent this organisation already. Your request waits for an editor.");
		mvc.perform(claim(DEMO, AS_OTHER, "I am its director.")).andExpect(redirectedUrl("/account/organisations"));

		Document queue = pages.html(get("/admin/validations").with(EDITOR));
		assertThat(queue.select("article h2").eachText()).containsExactly("Request to represent it: China IPR Helpdesk",
				"Request to represent it: China IPR Helpdesk");
		assertThat(queue.select("article").first().text()).contains("I run its Beijing office.");
		mvc.perform(
				post(queue.select("article").first().select("form").first().attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/validations"));

		assertThat(
				pages.html(get("/account/organisations/claim/" + DEMO).with(AS_MEMBER)).select("[role=alert]").text())
			.startsWith("You represent this organisation already");
		assertThat(jdbc.sql("select kind from outbox_mail").query(String.class).list())
			.containsExactly("claim-validated");
		long id = organisationId(DEMO);
		mvc.perform(get("/account/organisations/{id}/edit", id).with(AS_MEMBER)).andExpect(status().isOk());
		mvc.perform(get("/account/organisations/{id}/edit", id).with(AS_OTHER)).andExpect(status().isForbidden());
	}

	@Test
	void aProfileThatIsNotPublishedCannotBeClaimedAndAPendingOneNotEdited() throws Exception {
		mvc.perform(create("Quiet Institute")).andExpect(redirectedUrl("/account/organisations"));
		long id = organisationId("quiet-institute");

		assertThat(pages.html(get("/account/organisations/claim/quiet-institute").with(AS_OTHER))
			.select("[role=alert]")
			.text()).isEqualTo("This organisation is not published, so nobody can ask to represent it.");
		mvc.perform(get("/account/organisations/{id}/edit", id).with(AS_MEMBER)).andExpect(status().isForbidden());
		mvc.perform(post("/account/organisations/{id}/edit", id).with(AS_MEMBER).with(csrf()).param("name", "Loud"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/account/organisations/{id}/edit", organisationId(DEMO)).with(AS_MEMBER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/account/organisations/999999/edit").with(AS_MEMBER)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select name from organisation where id = ?").param(id).query(String.class).single())
			.isEqualTo("Quiet Institute");
	}

	@Test
	void aMembersChangeIsPublicAtOnceKeepsItsHistoryAndIsListedForEditors() throws Exception {
		long id = representedDemo();
		Document form = pages.html(get("/account/organisations/{id}/edit", id).with(AS_MEMBER));
		assertThat(form.select("#name").val()).isEqualTo("China IPR Helpdesk");
		assertThat(form.select("main input[type=text], main input[type=url], main textarea").eachAttr("name"))
			.containsExactly("name", "city", "website", "contact", "description", "chineseDescription");

		mvc.perform(edit(id, form, "description", "Free advice on <script>alert(1)</script> IP rights.", "city",
				"Beijing", "offersHelp", "false", "status", "UNPUBLISHED", "typeSource.source", "OTHER"))
			.andExpect(redirectedUrl("/account/organisations"));
		assertThat(jdbc.sql("select offers_help || ' ' || status || ' ' || type_source from organisation where id = ?")
			.param(id)
			.query(String.class)
			.single()).as("what only editors change").isEqualTo("true PUBLISHED EDITORIAL_CLASSIFICATION");

		Document page = pages.html("/organisations/" + DEMO);
		assertThat(page.select("main .lead").text()).isEqualTo("Free advice on <script>alert(1)</script> IP rights.");
		assertThat(page.select("main script")).isEmpty();
		assertThat(jdbc.sql("""
				select r.author from organisation_aud a join revision r on r.id = a.rev
				where a.id = ? order by r.id desc limit 1""").param(id).query(String.class).single()).isEqualTo(MEMBER);

		Document changes = pages.html(get("/admin/member-changes").with(EDITOR));
		assertThat(changes.select("tbody th").eachText()).containsExactly("China IPR Helpdesk");
		assertThat(changes.select("tbody td").first().text()).isEqualTo(MEMBER);
		assertThat(changes.select("tbody a").eachAttr("href")).contains("/organisations/" + DEMO,
				"/admin/organisations/" + id + "/history");
		mvc.perform(get("/admin/member-changes").with(AS_MEMBER)).andExpect(status().isForbidden());
		mvc.perform(post(changes.select("tbody form").attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/member-changes"));
		assertThat(pages.html(get("/admin/member-changes").with(EDITOR)).select("tbody tr")).isEmpty();

		Document stale = pages.html(edit(id, form, "name", "Stale name"));
		assertThat(stale.select("[role=alert]").text()).contains("Someone else saved this profile after you opened it");
		assertThat(stale.select("#name").val()).isEqualTo("Stale name");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		jdbc.sql("""
				insert into region (country_id, slug, name, position)
				select id, 'kanto', 'Kanto', 1 from country where slug = 'japan'""").update();
		Document form = pages.html(create("N".repeat(201)).param("city", "Bei\u0007jing")
			.param("region", "kanto")
			.param("website", "javascript:alert(1)")
			.param("contact", "call us")
			.param("description", "Fine\nlines\u202e reversed"));

		assertThat(form.select("#name-errors").text()).isEqualTo("The name can have at most 200 characters.");
		assertThat(form.select("#city-errors").text()).contains("invisible control characters");
		assertThat(form.select("#region-errors").text()).startsWith("This region is not in the chosen country.");
		assertThat(form.select("#website-errors").text()).startsWith("Please enter a web address");
		assertThat(form.select("#contact-errors").text()).startsWith("Please enter a web address");
		assertThat(form.select("#description-errors").text()).contains("invisible control characters");
		assertThat(form.select("#contact-hint").text()).contains("Never a person’s own address");
		assertThat(form.select("#contact").val()).isEqualTo("call us");
		assertThat(jdbc.sql("select count(*) from organisation_member").query(Long.class).single()).isZero();
	}

	@Test
	void aMemberHasAtMostFiveRequestsWaiting() throws Exception {
		for (int i = 1; i <= 5; i++) {
			mvc.perform(create("Flood " + i)).andExpect(redirectedUrl("/account/organisations"));
		}
		Document sixth = pages.html(create("Flood 6").param("city", "Tianjin"));
		assertThat(sixth.select(".error-summary").text()).contains("You have 5 requests waiting for an editor.");
		assertThat(sixth.select("#city").val()).isEqualTo("Tianjin");
		assertThat(pages.html(claim(DEMO, AS_MEMBER, "Me too.")).select(".error-summary").text())
			.contains("You have 5 requests waiting for an editor.");
		assertThat(jdbc.sql("select count(*) from organisation where name like 'Flood%'").query(Long.class).single())
			.isEqualTo(5);
	}

	@Test
	void aMembersPagesAreChineseUnderZhAndNeverKeptByCaches() throws Exception {
		mvc.perform(get("/account/organisations").with(AS_MEMBER))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		Document form = pages.html(get("/zh/account/organisations/new").with(AS_MEMBER));
		assertThat(form.select("main h1").text()).isEqualTo("添加您的机构");
		assertThat(form.select("#contact-hint").text()).contains("请勿填写个人邮箱");
	}

	private long representedDemo() throws Exception {
		mvc.perform(claim(DEMO, AS_MEMBER, "I run it.")).andExpect(redirectedUrl("/account/organisations"));
		Document queue = pages.html(get("/admin/validations").with(EDITOR));
		mvc.perform(post(queue.select("article form").first().attr("action")).with(EDITOR).with(csrf()))
			.andExpect(redirectedUrl("/admin/validations"));
		return organisationId(DEMO);
	}

	private long organisationId(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder create(String name) {
		return post("/account/organisations/new").with(AS_MEMBER)
			.with(csrf())
			.param("name", name)
			.param("type", "ASSOCIATION")
			.param("country", "china");
	}

	private static MockHttpServletRequestBuilder claim(String slug, RequestPostProcessor who, String note) {
		return post("/account/organisations/claim/" + slug).with(who).with(csrf()).param("note", note);
	}

	/**
	 * The form as it was opened, sent back with the given fields (name, value, ...)
	 * changed.
	 */
	private static MockHttpServletRequestBuilder edit(long id, Document form, String... changes) {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (var field : form
			.select("main form input[name]:not([type=checkbox]), main form textarea, main form select")) {
			fields.add(field.attr("name"), field.is("select") ? field.select("option[selected]").val() : field.val());
		}
		form.select("main form input[type=checkbox][checked]")
			.forEach((box) -> fields.add(box.attr("name"), box.val()));
		for (int i = 0; i < changes.length; i += 2) {
			fields.set(changes[i], changes[i + 1]);
		}
		return post("/account/organisations/{id}/edit", id).with(AS_MEMBER).with(csrf()).params(fields);
	}

}
