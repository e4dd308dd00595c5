package eu.clusterportal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestDetails;
import eu.clusterportal.cooperation.PartnerRequestDetails.RequestTexts;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.organisation.Organisation;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of partner requests and their pages: open and past ones by the portal's
 * day, filters, orders, pages, the texts in either language, and who sees which links.
 */
@PortalIntegrationTest
@Transactional
class CooperationPagesTests {

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PartnerRequestRepository repository;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	PartnerRequestSamples samples;

	LocalDate today;

	@BeforeEach
	void setUp() {
		samples = new PartnerRequestSamples(entityManager, repository);
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void withoutRequestsTheListSaysWhoPublishesThemAndWhereToStart() throws Exception {
		Document page = pages.html("/cooperation");
		assertThat(page.select("main h1").text()).isEqualTo("Partner requests");
		assertThat(page.select(".empty-state").text()).startsWith("No open partner requests yet.");
		assertThat(page.select(".empty-state a").eachAttr("href")).containsExactly("/register", "/organisations");
		assertThat(pages.html("/zh/cooperation").select(".empty-state a").eachAttr("href"))
			.containsExactly("/zh/register", "/zh/organisations");
	}

	@Test
	void listsOpenRequestsBySoonestDeadlineAndThePastOnesApartMarkedClosed() throws Exception {
		samples.english("Later", today.plusDays(10));
		samples.english("Sooner", today.plusDays(3));
		samples.english("Today", today);
		samples.english("Yesterday", today.minusDays(1));
		PartnerRequest closed = samples.english("Closed early", today.plusDays(30));
		closed.close(Instant.now(clock));
		PartnerRequest hidden = samples.english("Unpublished", today.plusDays(5));
		hidden.unpublish("Spam");
		entityManager.flush();

		assertThat(titles("/cooperation")).containsExactly("Today", "Sooner", "Later");
		Document past = pages.html("/cooperation?state=closed");
		assertThat(titles(past)).containsExactly("Closed early", "Yesterday");
		assertThat(past.select("main h1").text()).isEqualTo("Past partner requests");
		assertThat(past.select("li[id^=request-] .badge").eachText()).containsExactly("Closed", "Closed");
		assertThat(pages.html("/cooperation").select("li[id^=request-] .badge")).isEmpty();
	}

	@Test
	void aRequestClosesWhenItsDeadlineHasPassedInThePortalsTimeZone() throws Exception {
		PartnerRequest request = samples.english("Last day today", today);
		assertThat(titles("/cooperation")).containsExactly("Last day today");
		clock.moveOn(Duration.ofDays(1));
		assertThat(titles("/cooperation")).isEmpty();
		assertThat(titles("/cooperation?state=closed")).containsExactly("Last day today");
		Document page = pages.html("/cooperation/" + request.getId());
		assertThat(page.select("h1 .badge").text()).isEqualTo("Closed");
		assertThat(page.select("a[href$=/interest]")).isEmpty();
	}

	@Test
	void filtersByKindDirectionCountrySectorFieldAndTypeAndNamesWhatItLeftOut() throws Exception {
		samples.english("Battery partner", today.plusDays(5));
		samples.save(new PartnerRequestDetails(PartnerRequestDirection.OFFER, PartnerRequestKind.INVESTOR,
				new RequestTexts("Investment offered", "Money."), null, today.plusDays(6),
				Set.of(samples.country("japan")), Set.of(samples.sector("J62")), Set.of(samples.field("Y")), null));

		assertThat(titles("/cooperation?kind=investor")).containsExactly("Investment offered");
		assertThat(titles("/cooperation?direction=request")).containsExactly("Battery partner");
		assertThat(titles("/cooperation?country=japan")).containsExactly("Investment offered");
		assertThat(titles("/cooperation?sector=C")).containsExactly("Battery partner");
		assertThat(titles("/cooperation?sector=c29")).containsExactly("Battery partner");
		assertThat(titles("/cooperation?field=Y")).containsExactly("Investment offered");
		assertThat(titles("/cooperation?type=company")).containsExactly("Battery partner", "Investment offered");
		assertThat(titles("/cooperation?type=university")).isEmpty();

		Document odd = pages.html("/cooperation?kind=pirate&country=atlantis&direction=offer");
		assertThat(titles(odd)).containsExactly("Investment offered");
		assertThat(odd.select("ul.notices li").eachText()).hasSize(2)
			.anySatisfy((notice) -> assertThat(notice).contains("kind of partner"))
			.anySatisfy((notice) -> assertThat(notice).contains("country"));
		assertThat(odd.select(".active-filters li span").eachText()).containsExactly("Seeking or offering: Offering");
	}

	@Test
	void ordersByDeadlineNewestOrTitleAndPagesByTwenty() throws Exception {
		List<String> made = new ArrayList<>();
		for (int i = 1; i <= 23; i++) {
			String title = "Request %02d".formatted(i);
			samples.english(title, today.plusDays(30 - i));
			made.add(title);
		}
		Document first = pages.html("/cooperation");
		assertThat(first.select("#results-heading").text()).isEqualTo("23 partner requests");
		assertThat(titles(first)).hasSize(20).startsWith("Request 23", "Request 22");
		assertThat(titles("/cooperation?page=2")).containsExactly("Request 03", "Request 02", "Request 01");
		assertThat(titles("/cooperation?sort=title")).startsWith("Request 01", "Request 02");
		Document newest = pages.html("/cooperation?sort=newest");
		assertThat(titles(newest)).startsWith("Request 23");
		assertThat(newest.select(".pagination a[rel=next]").attr("href")).isEqualTo("/cooperation?sort=newest&page=2");
		assertThat(titles("/cooperation?page=9")).containsExactly("Request 03", "Request 02", "Request 01");
	}

	@Test
	void aListPageCostsTheSameStatementsHoweverManyRequestsThereAre() throws Exception {
		samples.english("One", today.plusDays(3));
		entityManager.clear();
		// a first page that is not full needs no count
		assertThat(pages.statementsFor(get("/cooperation"))).isEqualTo(5);
		for (int i = 0; i < 45; i++) {
			samples.english("More " + i, today.plusDays(4 + i));
		}
		entityManager.clear();
		assertThat(pages.statementsFor(get("/cooperation"))).isEqualTo(6);
		assertThat(pages.statementsFor(get("/cooperation?page=2&sector=C&country=china&sort=title"))).isEqualTo(6);
	}

	@Test
	void aRequestsPageShowsEverythingWithLinks() throws Exception {
		PartnerRequest request = samples.english("Battery partner", today.plusDays(5));
		Document page = pages.html("/cooperation/" + request.getId());
		assertThat(page.select("main h1").text()).isEqualTo("Battery partner");
		assertThat(page.select(".prose p").eachText()).containsExactly("About Battery partner.", "Second paragraph.");
		assertThat(page.select("#organisation a").attr("href")).isEqualTo("/organisations/battery-works");
		assertThat(page.select("#targets a").attr("href")).isEqualTo("/countries/china");
		assertThat(page.select("#sectors a").attr("href")).isEqualTo("/sectors/C29");
		assertThat(page.select("#technology-fields a").attr("href")).isEqualTo("/technology-fields/A");
		assertThat(page.select("#kind dd").text()).isEqualTo("Technology partner");
		assertThat(page.select("#direction dd").text()).isEqualTo("Seeking");
		assertThat(page.select("a[href=/cooperation/" + request.getId() + "/interest]").text())
			.isEqualTo("Express interest");
		assertThat(page.select("a[href^=/account/]")).isEmpty();
	}

	@Test
	void descriptionsAreEscapedPlainText() throws Exception {
		PartnerRequest request = samples.save(new PartnerRequestDetails(PartnerRequestDirection.REQUEST,
				PartnerRequestKind.SUPPLIER, new RequestTexts("Tags", "<script>alert(1)</script>\nline two"), null,
				today.plusDays(5), Set.of(), Set.of(), Set.of(), null));
		Document page = pages.html("/cooperation/" + request.getId());
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select(".prose p").first().text()).isEqualTo("<script>alert(1)</script> line two");
		assertThat(page.select(".prose p br")).hasSize(1);
	}

	@Test
	void aTextInTheOtherLanguageOnlyIsMarkedAndBothLanguagesOfferTheOther() throws Exception {
		PartnerRequest chineseOnly = samples.save(samples.details(null, "电池合作伙伴", today.plusDays(5)));
		Document english = pages.html("/cooperation/" + chineseOnly.getId());
		assertThat(english.select("main h1 span[lang=zh-Hans]").text()).isEqualTo("电池合作伙伴");
		assertThat(english.select(".prose").attr("lang")).isEqualTo("zh-Hans");
		assertThat(english.select("p.untranslated").text()).isEqualTo("(Written in Chinese only.)");
		assertThat(pages.html("/cooperation").select("li[id^=request-] h3 span[lang=zh-Hans]").text())
			.isEqualTo("电池合作伙伴");

		PartnerRequest both = samples.save(samples.details("Battery partner", "电池合作伙伴", today.plusDays(5)));
		Document chinese = pages.html("/zh/cooperation/" + both.getId());
		assertThat(chinese.select("main h1").text()).isEqualTo("电池合作伙伴");
		assertThat(chinese.select("main h1 [lang]")).isEmpty();
		assertThat(chinese.select("details.other-language summary").text()).isEqualTo("阅读英文版本");
		assertThat(chinese.select("details.other-language > div").attr("lang")).isEqualTo("en");
		assertThat(chinese.select("details.other-language h2").text()).isEqualTo("Battery partner");
		assertThat(pages.html("/cooperation/" + both.getId()).select("main h1").text()).isEqualTo("Battery partner");
	}

	@Test
	void unpublishedAndUnknownRequestsAreNotFound() throws Exception {
		PartnerRequest request = samples.english("Hidden", today.plusDays(5));
		request.unpublish("Not a partner request");
		entityManager.flush();
		mvc.perform(get("/cooperation/" + request.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/abc")).andExpect(status().isNotFound());
	}

	@Test
	void onlyValidatedMembersOfTheOrganisationSeeItsMembersLinks() throws Exception {
		PartnerRequest request = samples.english("Battery partner", today.plusDays(5));
		Organisation organisation = request.getOrganisation();
		long member = account("member@example.eu");
		long pending = account("pending@example.eu");
		membership(organisation.getId(), member, "VALIDATED");
		membership(organisation.getId(), pending, "PENDING");
		String path = "/cooperation/" + request.getId();
		assertThat(pages.html(get(path).with(user("member@example.eu").roles("MEMBER")))
			.select("a[href^=/account/]")
			.eachAttr("href")).containsExactly("/account/requests/" + request.getId() + "/edit",
					"/account/requests/" + request.getId() + "/matches", "/account/inbox");
		assertThat(pages.html(get(path).with(user("pending@example.eu").roles("MEMBER")))
			.select("main a[href^=/account/]")).isEmpty();
	}

	@Test
	void theListLinksItsFeedWhichFollowsTheCountryAndListsTheNewestOpenRequests() throws Exception {
		samples.english("Older", today.plusDays(5));
		PartnerRequest past = samples.english("Past", today.minusDays(1));
		samples.english("Newer", today.plusDays(9));
		Document list = pages.html("/cooperation?country=china");
		assertThat(list.select("head link[rel=alternate][href^=/cooperation/feed]").attr("href"))
			.isEqualTo("/cooperation/feed?country=china");
		String feed = mvc.perform(get("/cooperation/feed?country=china"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed.indexOf("Newer")).isPositive().isLessThan(feed.indexOf("Older"));
		assertThat(feed).doesNotContain("/cooperation/" + past.getId() + "<");
		assertThat(mvc.perform(get("/cooperation/feed?country=japan")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Older");
		mvc.perform(get("/cooperation/feed?country=atlantis")).andExpect(status().isNotFound());
	}

	private long account(String email) {
		return jdbc.sql("""
				insert into account (email, display_name, password_hash, role, enabled, email_confirmed_at)
				values (:email, 'Member', 'x', 'MEMBER', true, now()) returning id""")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private void membership(long organisation, long account, String status) {
		jdbc.sql("""
				insert into organisation_member (organisation_id, account_id, kind, status, requested_at)
				values (:organisation, :account, 'CLAIM', :status, now())""")
			.param("organisation", organisation)
			.param("account", account)
			.param("status", status)
			.update();
	}

	private List<String> titles(String url) throws Exception {
		return titles(pages.html(url));
	}

	private static List<String> titles(Document page) {
		return page.select("li[id^=request-] h3 a").eachText();
	}

}
