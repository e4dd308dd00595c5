package eu.clusterportal.matching;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.account.AccountRepository;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matches pages: a request's candidates for the members of its organisation only,
 * with reasons naming the terms in the page's language, and a member's matching requests.
 */
@PortalIntegrationTest
@Transactional
class MatchPagesTests {

	private static final String POSTER = MatchSamples.POSTER;

	private static final RequestPostProcessor AS_POSTER = user(POSTER).roles("MEMBER");

	private static final RequestPostProcessor AS_OTHER = user("other@example.cn").roles("MEMBER");

	private static final RequestPostProcessor AS_PENDING = user("pending@example.eu").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	MatchSamples samples;

	long request;

	@BeforeEach
	void aRequestTargetingChina() {
		samples = new MatchSamples(jdbc, accounts);
		request = MatchSamples.showcase(jdbc, accounts);
		samples.represents(samples.member("pending@example.eu"), posterOrganisation(), "PENDING");
		samples.member("other@example.cn");
	}

	private long posterOrganisation() {
		return jdbc.sql("select organisation_id from partner_request where id = ?")
			.param(request)
			.query(Long.class)
			.single();
	}

	@Test
	void theReasonsNameTheSharedTermsTheCountryAndTheKindInThePagesLanguage() throws Exception {
		Document english = pages.html(get("/account/requests/{id}/matches", request).with(AS_POSTER));
		assertThat(english.select("main h1").text()).isEqualTo("Organisations and clusters that fit your request");
		assertThat(reasons(english, "Zz Car Health Institute")).isEqualTo(
				"Shares sector C29 Manufacture of motor vehicles, trailers and semi-trailers, and technology field "
						+ "Medical or veterinary science; hygiene; located in China, a target country; "
						+ "a research organisation, the kind of partner sought");
		assertThat(reasons(english, "Zz Food Works"))
			.isEqualTo("Shares sectors of section C Manufacturing; located in China, a target country");
		assertThat(english.select("main a:contains(Zz Car Health Institute)").attr("href"))
			.isEqualTo("/organisations/zz-car-health-institute");
		assertThat(english.select("main h2").text()).isEqualTo("How matches are found");

		Document chinese = pages.html(get("/zh/account/requests/{id}/matches", request).with(AS_POSTER));
		assertThat(reasons(chinese, "Zz Car Health Institute"))
			.isEqualTo("同属行业大类C29汽车、挂车和半挂车制造、技术领域医学或兽医学；卫生学；位于中国（目标国家和地区之一）；研究与技术机构，正是所寻求的合作伙伴类型");
		assertThat(reasons(chinese, "Zz Food Works")).isEqualTo("同属行业门类C制造业；位于中国（目标国家和地区之一）");
		assertThat(chinese.select("main a:contains(Zz Car Health Institute)").attr("href"))
			.isEqualTo("/zh/organisations/zz-car-health-institute");
	}

	@Test
	void onlyValidatedMembersOfTheRequestsOrganisationSeeItsMatches() throws Exception {
		mvc.perform(get("/account/requests/{id}/matches", request).with(AS_OTHER)).andExpect(status().isNotFound());
		mvc.perform(get("/account/requests/{id}/matches", request).with(AS_PENDING)).andExpect(status().isNotFound());
		mvc.perform(get("/account/requests/{id}/matches", request + 1000).with(AS_POSTER))
			.andExpect(status().isNotFound());
		mvc.perform(get("/account/requests/{id}/matches", request + 1000).with(AS_OTHER))
			.andExpect(status().isNotFound());
		mvc.perform(get("/account/requests/{id}/matches", request)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/requests/{id}/matches", request).with(AS_POSTER)).andExpect(status().isOk());
	}

	@Test
	void anotherMembersRequestAnswersAsARequestThatDoesNotExist() throws Exception {
		MockHttpServletResponse others = mvc.perform(get("/account/requests/{id}/matches", request).with(AS_OTHER))
			.andReturn()
			.getResponse();
		MockHttpServletResponse unknown = mvc
			.perform(get("/account/requests/{id}/matches", request + 1000).with(AS_OTHER))
			.andReturn()
			.getResponse();

		assertThat(others.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(404);
		assertThat(others.getErrorMessage()).isEqualTo(unknown.getErrorMessage());
		assertThat(others.getContentAsString()).isEqualTo(unknown.getContentAsString());
	}

	@Test
	void anUnpublishedRequestShowsNoMatches() throws Exception {
		samples.sql("update partner_request set status = 'UNPUBLISHED', status_reason = 'Spam' where id = ?", request);

		Document page = pages.html(get("/account/requests/{id}/matches", request).with(AS_POSTER));

		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select("main [role=status]").text()).startsWith("This request is not published");
	}

	@Test
	void aMemberFindsTheRequestsThatFitTheirOrganisationFromTheirAccount() throws Exception {
		RequestPostProcessor asFitting = user(MatchSamples.FITTING).roles("MEMBER");

		Document account = pages.html(get("/zh/account").with(asFitting));
		assertThat(account.select("main a[href=/zh/account/matches]").text()).isEqualTo("与您的机构相匹配的合作需求");
		Document matches = pages.html(get("/zh/account/matches").with(asFitting));
		assertThat(matches.select("main tbody tr")).hasSize(1);
		assertThat(matches.select("main tbody th a").attr("href")).isEqualTo("/zh/cooperation/" + request);
		assertThat(matches.select("main tbody th [lang=en]").text()).isEqualTo("Research on car health");
		assertThat(matches.select("main tbody td").last().text())
			.isEqualTo("同属行业大类C29汽车、挂车和半挂车制造、技术领域医学或兽医学；卫生学；位于中国（目标国家和地区之一）；研究与技术机构，正是所寻求的合作伙伴类型");

		Document own = pages.html(get("/account/matches").with(AS_POSTER));
		assertThat(own.select("main table")).isEmpty();
	}

	@Test
	void aMemberWithoutMatchesLearnsHowToGetThem() throws Exception {
		Document page = pages.html(get("/account/matches").with(AS_OTHER));

		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select("main .empty-state").text())
			.contains("No open partner request fits your organisations yet");
		assertThat(page.select("main .empty-state a").attr("href")).isEqualTo("/account/organisations");
	}

	private static String reasons(Document page, String candidate) {
		return page.select("main tbody tr:has(th:contains(" + candidate + ")) td").last().text();
	}

}
