package eu.clusterportal.cooperation.posting;

import static eu.clusterportal.WebPages.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Validated members publish, edit and close their organisations' partner requests; no one
 * else can, bad input comes back with its message and what was typed, and a flood is
 * stopped. These tests commit; the database is restored after each.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class PartnerRequestPostingTests {

	private static final String MEI = "mei@example.cn";

	private static final String OTTO = "otto@example.de";

	private static final String PENNY = "penny@example.fr";

	private static final String NOBODY = "nobody@example.it";

	private static final RequestPostProcessor AS_MEI = user(MEI).roles("MEMBER");

	private static final RequestPostProcessor AS_OTTO = user(OTTO).roles("MEMBER");

	private static final RequestPostProcessor AS_PENNY = user(PENNY).roles("MEMBER");

	private static final RequestPostProcessor AS_NOBODY = user(NOBODY).roles("MEMBER");

	private static final String PASSWORD = "a long enough password";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MovableClock clock;

	@Autowired
	Dates dates;

	long organisation;

	long otherOrganisation;

	@BeforeEach
	void membersOfAnOrganisation() {
		organisation = organisationId("eu-sme-centre");
		otherOrganisation = organisationId("china-ipr-helpdesk");
		member(MEI, "Mei Lin", Language.SIMPLIFIED_CHINESE, "VALIDATED");
		member(OTTO, "Otto Weber", Language.ENGLISH, "VALIDATED");
		member(PENNY, "Penny Pending", Language.ENGLISH, "PENDING");
		member(NOBODY, "No Body", Language.ENGLISH, null);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aValidatedMemberPublishesARequestThatIsSavedAndListedAsOpen() throws Exception {
		assertThat(pages.html(get("/account").with(AS_MEI)).select("main a[href=/account/requests]")).hasSize(1);
		Document form = pages.html(get("/account/requests/new").with(AS_MEI));
		assertThat(form.select("main form input[type=hidden][name=organisation]").val())
			.isEqualTo(String.valueOf(organisation));
		assertThat(form.select("#titleZh").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("#descriptionZh").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("#targetCountries label").eachText()).contains("China");
		assertThat(form.select("#deadline").attr("min")).isEqualTo(inDays(1).toString());
		assertThat(form.select("#deadline").attr("max")).isEqualTo(LocalDate.now(clock).plusYears(1).toString());

		long id = publish(AS_MEI);

		assertThat(jdbc.sql("""
				select r.organisation_id || ' ' || a.email || ' ' || r.direction || ' ' || r.kind || ' ' || r.deadline
				       || ' ' || r.status from partner_request r join account a on a.id = r.poster_id where r.id = ?""")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(organisation + " " + MEI + " REQUEST TECHNOLOGY_PARTNER " + inDays(30) + " PUBLISHED");
		assertThat(jdbc.sql("select description_en from partner_request where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("We recycle batteries.\nSee https://example.eu/batteries?x=1&y=2");
		assertThat(jdbc.sql("""
				select c.slug from partner_request_country p join country c on c.id = p.country_id
				where p.partner_request_id = ?""").param(id).query(String.class).list()).containsExactly("china");
		assertThat(jdbc.sql("""
				select s.code from partner_request_sector p join sector s on s.id = p.sector_id
				where p.partner_request_id = ?""").param(id).query(String.class).list()).containsExactly("C26");

		Document mine = pages.html(get("/account/requests").with(AS_MEI));
		assertThat(mine.select("tbody tr").eachText())
			.containsExactly("Battery recycling partner EU SME Centre " + dayText(30) + " Open Edit Close Public page");
		assertThat(pages.html(get("/zh/account/requests").with(AS_MEI)).select("tbody tr .request-state").text())
			.isEqualTo("征集中");
		assertThat(pages.html(get("/account/requests").with(AS_OTTO)).select("tbody tr th").eachText())
			.containsExactly("Battery recycling partner");
		assertThat(pages.html(get("/account/requests").with(AS_PENNY)).select("tbody tr")).isEmpty();
	}

	@Test
	void aMemberOfSeveralOrganisationsChoosesOneAndOnlyOneOfTheirs() throws Exception {
		jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, 'VALIDATED')")
			.params(otherOrganisation, accountId(MEI))
			.update();
		Document form = pages.html(get("/account/requests/new").with(AS_MEI));
		assertThat(form.select("#organisation option").eachAttr("value")).containsExactly("",
				String.valueOf(otherOrganisation), String.valueOf(organisation));

		Document none = pages.html(request(AS_MEI, "organisation", null));
		assertThat(none.select("#organisation-errors").text()).isEqualTo("Choose the organisation the request is for.");
		mvc.perform(request(AS_OTTO, "organisation", String.valueOf(otherOrganisation)))
			.andExpect(status().isForbidden());
		mvc.perform(request(AS_OTTO, "organisation", "abc")).andExpect(status().isForbidden());
		mvc.perform(request(AS_OTTO, "organisation", "99999999999999999999")).andExpect(status().isForbidden());
		long id = publish(AS_MEI, "organisation", String.valueOf(otherOrganisation));
		assertThat(jdbc.sql("select organisation_id from partner_request where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(otherOrganisation);
		assertThat(count()).isOne();
	}

	@Test
	void everyBadInputGetsItsMessageNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		expectError("titleEn-errors", "Write plain text; web addresses are fine as they are.", "titleEn",
				"Partner <script>alert(1)</script>");
		expectError("descriptionEn-errors", "Write plain text; web addresses are fine as they are.", "descriptionEn",
				"We are <b>big</b>");
		expectError("descriptionEn-errors", "Write plain text; web addresses are fine as they are.", "descriptionEn",
				"See <a href=\"https://example.eu\">us</a>");
		expectError("titleEn-errors",
				"This text holds invisible control characters. Please type it again or paste it as plain text.",
				"titleEn", "Partner\u202ewanted");
		expectError("titleEn-errors", "The title can have at most 200 characters.", "titleEn", "x".repeat(201));
		expectError("descriptionEn-errors", "The description can have at most 5,000 characters.", "descriptionEn",
				"x".repeat(5001));
		expectError("descriptionZh-errors", "Write a description for this title.", "titleZh", "寻找电池回收伙伴");
		expectError("deadline-errors", "The deadline must be after today.", "deadline", inDays(0).toString());
		expectError("deadline-errors", "The deadline must be after today.", "deadline", inDays(-3).toString());
		expectError("deadline-errors", "The deadline can be at most a year ahead.", "deadline",
				LocalDate.now(clock).plusYears(1).plusDays(1).toString());
		expectError("deadline-errors", "Give the deadline as a date, e.g. 2027-03-31.", "deadline", "31/03/2027");
		expectError("targetCountries-errors", "Choose at least one target country.", "targetCountries", null);
		expectError("targetCountries-errors", "One of the chosen entries is not in the portal. Please choose again.",
				"targetCountries", "atlantis");
		expectError("sectors-errors", "One of the chosen entries is not in the portal. Please choose again.", "sectors",
				"Z99");
		expectError("technologyFields-errors", "One of the chosen entries is not in the portal. Please choose again.",
				"technologyFields", "<x>");
		expectError("partnership-errors", "One of the chosen entries is not in the portal. Please choose again.",
				"partnership", "abc");
		expectError("partnership-errors", "One of the chosen entries is not in the portal. Please choose again.",
				"partnership", "99999999");
		expectError("kind-errors", "Choose the kind of partner.", "kind", "spy");
		expectError("direction-errors", "Choose whether your organisation seeks or offers.", "direction", null);

		Document empty = pages.html(request(AS_MEI, "titleEn", "", "descriptionEn", " "));
		assertThat(empty.select("#titleEn-errors").text())
			.isEqualTo("Write a title and a description in English or in Chinese.");
		assertThat(empty.select(".error-summary a").eachAttr("href")).containsExactly("#titleEn");
		assertThat(count()).isZero();
	}

	@Test
	void aRequestInChineseOnlyWithAPartnershipIsPublished() throws Exception {
		long partnership = jdbc.sql("select min(id) from partnership").query(Long.class).single();
		long id = publish(AS_MEI, "titleEn", null, "descriptionEn", null, "titleZh", "寻找电池回收伙伴", "descriptionZh",
				"我们回收电池。", "partnership", String.valueOf(partnership), "direction", "offer");
		assertThat(jdbc.sql("""
				select coalesce(title_en, '-') || ' ' || title_zh || ' ' || direction || ' ' || partnership_id
				from partner_request where id = ?""").param(id).query(String.class).single())
			.isEqualTo("- 寻找电池回收伙伴 OFFER " + partnership);
		Document mine = pages.html(get("/account/requests").with(AS_OTTO));
		assertThat(mine.select("tbody th span[lang=zh-Hans]").text()).isEqualTo("寻找电池回收伙伴");
	}

	@Test
	void nobodyButAValidatedMemberOfTheOrganisationReachesItsRequests() throws Exception {
		long id = publish(AS_MEI);
		for (RequestPostProcessor outsider : List.of(AS_PENNY, AS_NOBODY)) {
			Document none = html(get("/account/requests/new").with(outsider), 403);
			assertThat(none.select("main a[href=/account/organisations]")).hasSize(1);
			mvc.perform(request(outsider, "organisation", String.valueOf(organisation)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/account/requests/{id}/edit", id).with(outsider)).andExpect(status().isForbidden());
			mvc.perform(post("/account/requests/{id}/edit", id).with(outsider).with(csrf()).param("titleEn", "Mine"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/account/requests/{id}/close", id).with(outsider)).andExpect(status().isForbidden());
			mvc.perform(post("/account/requests/{id}/close", id).with(outsider).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/account/requests/new")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/requests/999999/edit").with(AS_MEI)).andExpect(status().isNotFound());
		assertThat(count()).isOne();
		assertThat(jdbc.sql("select title_en || ' ' || (closed_at is null) from partner_request")
			.query(String.class)
			.single()).isEqualTo("Battery recycling partner true");
	}

	@Test
	void anotherMemberOfTheOrganisationEditsItAndAStaleSaveLosesNothing() throws Exception {
		long id = publish(AS_MEI);
		Document meiForm = pages.html(get("/account/requests/{id}/edit", id).with(AS_MEI));
		Document ottoForm = pages.html(get("/account/requests/{id}/edit", id).with(AS_OTTO));
		assertThat(ottoForm.select("#titleEn").val()).isEqualTo("Battery recycling partner");
		assertThat(ottoForm.select("#targetCountries input[checked]").eachAttr("value")).containsExactly("china");

		mvc.perform(edit(id, ottoForm, AS_OTTO, "titleEn", "Battery recycling partner wanted"))
			.andExpect(redirectedUrl("/cooperation/" + id))
			.andExpect(flash().attribute("notice", "cooperation.posting.saved"));
		Document stale = html(edit(id, meiForm, AS_MEI, "titleEn", "Recycling partner in Jiangsu"), 409);
		assertThat(stale.select(".error-summary").text())
			.contains("Someone else saved this request after you opened it");
		assertThat(stale.select("#titleEn").val()).isEqualTo("Recycling partner in Jiangsu");
		assertThat(jdbc.sql("select title_en from partner_request where id = ?").param(id).query(String.class).single())
			.isEqualTo("Battery recycling partner wanted");

		Document bad = pages
			.html(edit(id, ottoForm, AS_OTTO, "descriptionEn", "<i>x</i>", "version", String.valueOf(version(id))));
		assertThat(bad.select("#descriptionEn-errors").text())
			.isEqualTo("Write plain text; web addresses are fine as they are.");
		assertThat(bad.select("#descriptionEn").val()).isEqualTo("<i>x</i>");
	}

	@Test
	void aMemberClosesARequestAfterConfirmingAndAPassedDeadlineClosesItToo() throws Exception {
		long id = publish(AS_MEI);
		long soon = publish(AS_MEI, "titleEn", "Short call", "deadline", inDays(1).toString());
		Document confirm = pages.html(get("/account/requests/{id}/close", id).with(AS_OTTO));
		assertThat(confirm.select("main form").attr("action")).isEqualTo("/account/requests/" + id + "/close");
		assertThat(jdbc.sql("select count(*) from partner_request where closed_at is not null")
			.query(Integer.class)
			.single()).isZero();

		mvc.perform(post("/account/requests/{id}/close", id).with(AS_OTTO).with(csrf()))
			.andExpect(redirectedUrl("/account/requests"));
		assertThat(jdbc.sql("select closed_at is not null from partner_request where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(states(AS_MEI)).containsExactly("open", "closed");

		clock.moveOn(Duration.ofDays(2));
		assertThat(states(AS_MEI)).containsExactly("closed", "closed");
		assertThat(soon).isGreaterThan(id);
	}

	@Test
	void aMemberPublishesAtMostFiveRequestsInADay() throws Exception {
		for (int i = 1; i <= 5; i++) {
			publish(AS_MEI, "titleEn", "Request " + i);
		}
		Document refused = html(request(AS_MEI, "titleEn", "Request 6"), 429);
		assertThat(refused.select(".error-summary").text())
			.contains("You have published as many partner requests as a day allows.");
		assertThat(refused.select("#titleEn").val()).isEqualTo("Request 6");
		assertThat(count()).isEqualTo(5);

		publish(AS_OTTO, "titleEn", "Otto's own");
		clock.moveOn(Duration.ofHours(25));
		publish(AS_MEI, "titleEn", "Request 6");
		assertThat(count()).isEqualTo(7);
	}

	@Test
	void aMemberWhoDeletesTheirAccountLeavesTheirRequestsClosed() throws Exception {
		long id = publish(AS_MEI);
		long others = publish(AS_OTTO);
		mvc.perform(post("/account/delete").with(AS_MEI).with(csrf()).param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/register/deleted*"));

		assertThat(jdbc.sql("""
				select (closed_at is not null) || ' ' || coalesce(poster_id::text, '-') || ' ' || created_by
				       || ' ' || updated_by from partner_request where id = ?""")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("true - deleted member deleted member");
		assertThat(jdbc.sql("select closed_at is null from partner_request where id = ?")
			.param(others)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private void expectError(String errorsId, String message, String field, String value) throws Exception {
		Document page = pages.html(request(AS_MEI, field, value));
		assertThat(page.select("#" + errorsId).text()).as(field + "=" + value).isEqualTo(message);
		assertThat(page.select("#titleEn").val())
			.isEqualTo("titleEn".equals(field) ? value : "Battery recycling partner");
		if ("descriptionEn".equals(field)) {
			assertThat(page.select("#descriptionEn").val()).isEqualTo(value);
		}
		// an unknown country cannot be shown ticked: the known ones chosen stay ticked
		assertThat(page.select("#targetCountries input[checked]").eachAttr("value"))
			.isEqualTo("targetCountries".equals(field) ? List.of() : List.of("china"));
		assertThat(count()).isZero();
	}

	private long publish(RequestPostProcessor who, String... changes) throws Exception {
		String location = mvc.perform(request(who, changes))
			.andExpect(redirectedUrlPattern("/cooperation/*"))
			.andExpect(flash().attribute("notice", "cooperation.posting.published"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/cooperation/".length()));
	}

	/**
	 * A valid new request from the given member, with fields (name, value, ...) changed;
	 * a {@code null} value leaves the field out.
	 */
	private MockHttpServletRequestBuilder request(RequestPostProcessor who, String... changes) {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("direction", "request");
		fields.add("kind", "technology-partner");
		fields.add("titleEn", "Battery recycling partner");
		fields.add("descriptionEn", "We recycle batteries.\nSee https://example.eu/batteries?x=1&y=2");
		fields.add("deadline", inDays(30).toString());
		fields.add("targetCountries", "china");
		fields.add("sectors", "C26");
		for (int i = 0; i < changes.length; i += 2) {
			fields.remove(changes[i]);
			if (changes[i + 1] != null) {
				fields.add(changes[i], changes[i + 1]);
			}
		}
		return post("/account/requests/new").with(who).with(csrf()).params(fields);
	}

	/**
	 * The form as it was opened, sent back with the given fields (name, value, ...)
	 * changed.
	 */
	private static MockHttpServletRequestBuilder edit(long id, Document form, RequestPostProcessor who,
			String... changes) {
		LinkedMultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		for (var field : form.select(
				"main form input[name]:not([type=checkbox]):not([type=radio]), main form textarea, main form select")) {
			fields.add(field.attr("name"), field.is("select") ? field.select("option[selected]").val() : field.val());
		}
		form.select("main form input[type=checkbox][checked], main form input[type=radio][checked]")
			.forEach((box) -> fields.add(box.attr("name"), box.val()));
		for (int i = 0; i < changes.length; i += 2) {
			fields.set(changes[i], changes[i + 1]);
		}
		return post("/account/requests/{id}/edit", id).with(who).with(csrf()).params(fields);
	}

	private List<String> states(RequestPostProcessor who) throws Exception {
		return pages.html(get("/account/requests").with(who)).select("tbody tr").eachAttr("data-state");
	}

	private LocalDate inDays(int days) {
		return LocalDate.now(clock).plusDays(days);
	}

	private String dayText(int days) {
		return dates.day(inDays(days));
	}

	/** The page of a request answered with the given status. */
	private Document html(MockHttpServletRequestBuilder request, int status) throws Exception {
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
	}

	private long count() {
		return jdbc.sql("select count(*) from partner_request").query(Long.class).single();
	}

	private long version(long id) {
		return jdbc.sql("select version from partner_request where id = ?").param(id).query(Long.class).single();
	}

	private long organisationId(String slug) {
		return jdbc.sql("select id from organisation where slug = ?").param(slug).query(Long.class).single();
	}

	private long accountId(String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	private void member(String email, String name, Language language, String status) {
		Account account = new Account(email, name, passwordEncoder.encode(PASSWORD), Role.MEMBER);
		account.confirmEmail(Instant.now());
		account.setLanguage(language);
		accounts.save(account);
		if (status != null) {
			jdbc.sql("insert into organisation_member (organisation_id, account_id, status) values (?, ?, ?)")
				.params(organisation, account.getId(), status)
				.update();
		}
	}

}
