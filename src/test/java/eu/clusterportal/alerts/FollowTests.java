package eu.clusterportal.alerts;

import java.time.Instant;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member follows what public pages offer to follow, sees it named in the page's
 * language, stops following it and chooses how often the digest comes. Commits, so the
 * tables are restored after each test.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class FollowTests {

	private static final String MEMBER = "mei@example.cn";

	private static final RequestPostProcessor AS_MEMBER = user(MEMBER).roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlertsProperties properties;

	Account member;

	@BeforeEach
	void aConfirmedMember() {
		Account account = new Account(MEMBER, "Mei Lin", "{noop}unused", Role.MEMBER);
		account.confirmEmail(Instant.now());
		member = accounts.save(account);
	}

	@Test
	void aMemberFollowsChinaFromItsPageAndStopsFollowingIt() throws Exception {
		String link = pages.html("/countries/china").select("a[href^=/account/follows/new]").attr("href");
		assertThat(link).isEqualTo("/account/follows/new?country=china");

		Document confirmation = pages.html(get(link).with(AS_MEMBER));
		assertThat(confirmation.select("main p.lead a").text()).isEqualTo("China");
		assertThat(follows()).isZero();

		mvc.perform(post("/account/follows").param("country", "china").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(redirectedUrl("/account/follows"));
		mvc.perform(post("/account/follows").param("country", "china").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(redirectedUrl("/account/follows"));
		assertThat(follows()).isEqualTo(1);
		Document list = pages.html(get("/account/follows").with(AS_MEMBER));
		assertThat(list.select("tbody tr a").text()).isEqualTo("China");
		assertThat(list.select("tbody tr a").attr("href")).isEqualTo("/countries/china");
		assertThat(pages.html(get(link).with(AS_MEMBER)).select("main form button")).isEmpty();

		String remove = list.select("tbody tr form").attr("action");
		mvc.perform(post(remove).with(AS_MEMBER).with(WebPages.csrf())).andExpect(redirectedUrl("/account/follows"));
		assertThat(follows()).isZero();
		assertThat(pages.html(get("/account/follows").with(AS_MEMBER)).select("tbody tr")).isEmpty();
	}

	@Test
	void everyKindOfPublicPageOffersToFollowWhatItShows() throws Exception {
		String partnership = jdbc.sql("select acronym from partnership order by id limit 1")
			.query(String.class)
			.single();
		for (String page : new String[] { "/sectors/C26", "/technology-fields/Y04", "/organisations/eu-sme-centre",
				"/partnerships/" + partnership }) {
			String link = pages.html(page).select("a[href^=/account/follows/new]").attr("href");
			assertThat(link).as(page).isNotEmpty();
			mvc.perform(post("/account/follows?" + link.substring(link.indexOf('?') + 1)).with(AS_MEMBER)
				.with(WebPages.csrf())).andExpect(redirectedUrl("/account/follows"));
		}
		assertThat(follows()).isEqualTo(4);
		assertThat(pages.html(get("/zh/account/follows").with(AS_MEMBER)).select("tbody tr td:first-child").eachText())
			.containsExactly("行业", "技术领域", "机构", "伙伴关系");
	}

	@Test
	void countriesAreNamedInThePagesLanguage() throws Exception {
		jdbc.sql("insert into country (slug, name, iso_code) values ('kenya', 'Kenya', 'KE')").update();
		for (String country : new String[] { "china", "kenya" }) {
			mvc.perform(post("/account/follows").param("country", country).with(AS_MEMBER).with(WebPages.csrf()));
		}

		assertThat(pages.html(get("/zh/account/follows").with(AS_MEMBER)).select("tbody tr a").eachText())
			.containsExactlyInAnyOrder("中国", "肯尼亚");
	}

	@Test
	void aNameNotYetTranslatedIsMarkedWithItsLanguage() throws Exception {
		jdbc.sql("update organisation set translations = '{}' where slug = 'eu-sme-centre'").update();
		for (String follow : new String[] { "country=china", "organisation=eu-sme-centre" }) {
			mvc.perform(post("/account/follows?" + follow).with(AS_MEMBER).with(WebPages.csrf()))
				.andExpect(redirectedUrl("/account/follows"));
		}

		Document list = pages.html(get("/zh/account/follows").with(AS_MEMBER));
		assertThat(list.select("tbody a[href$=/organisations/eu-sme-centre] span[lang=en]").text()).isEqualTo(
				jdbc.sql("select name from organisation where slug = 'eu-sme-centre'").query(String.class).single());
		assertThat(list.select("tbody a[href$=/countries/china] [lang]")).isEmpty();
		assertThat(pages.html(get("/account/follows").with(AS_MEMBER)).select("tbody [lang]")).isEmpty();
	}

	@Test
	void somethingUnknownCannotBeFollowed() throws Exception {
		mvc.perform(get("/account/follows/new?country=atlantis").with(AS_MEMBER)).andExpect(status().isNotFound());
		mvc.perform(get("/account/follows/new").with(AS_MEMBER)).andExpect(status().isNotFound());
		mvc.perform(post("/account/follows").param("sector", "Z99").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(status().isNotFound());
		// PostgreSQL refuses NUL in text: such a name is unknown without asking it
		mvc.perform(get("/account/follows/new?country=%00").with(AS_MEMBER)).andExpect(status().isNotFound());
		mvc.perform(post("/account/follows").param("organisation", "eu\u0000sme").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(status().isNotFound());
		assertThat(follows()).isZero();
	}

	@Test
	void visitorsSignInFirstAndEditorsCannotFollow() throws Exception {
		accounts.save(new Account("eda@example.eu", "Eda Editor", "{noop}unused", Role.EDITOR));
		mvc.perform(get("/account/follows/new?country=china")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/follows/new?country=china").with(WebPages.editor("eda@example.eu")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMemberFollowsAtMostTheLimitAndIsToldSo() throws Exception {
		jdbc.sql("""
				insert into organisation (slug, name, type, country_id)
				select 'followed-' || n, 'Followed ' || n, 'COMPANY', (select id from country where slug = 'china')
				from generate_series(1, ?) n""").param(properties.maxFollows()).update();
		jdbc.sql("""
				insert into follow (account_id, organisation_id)
				select ?, id from organisation where slug like 'followed-%'""").param(member.getId()).update();
		long before = follows();

		String page = mvc.perform(
				post("/account/follows").param("organisation", "eu-sme-centre").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(before).isEqualTo(properties.maxFollows());
		assertThat(page).contains("the most one member can follow");
		assertThat(follows()).isEqualTo(before);
	}

	@Test
	void theMemberChoosesHowOftenTheDigestComes() throws Exception {
		Document list = pages.html(get("/account/follows").with(AS_MEMBER));
		assertThat(list.select("input[name=frequency][checked]").val()).isEqualTo("WEEKLY");

		mvc.perform(
				post("/account/follows/frequency").param("frequency", "DAILY").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(redirectedUrl("/account/follows"));
		mvc.perform(
				post("/account/follows/frequency").param("frequency", "HOURLY").with(AS_MEMBER).with(WebPages.csrf()))
			.andExpect(status().isBadRequest());

		assertThat(pages.html(get("/account/follows").with(AS_MEMBER)).select("input[name=frequency][checked]").val())
			.isEqualTo("DAILY");
	}

	private long follows() {
		return jdbc.sql("select count(*) from follow where account_id = ?")
			.param(member.getId())
			.query(Long.class)
			.single();
	}

}
