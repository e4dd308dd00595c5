package eu.clusterportal.matching;

import java.time.Instant;
import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.editorial.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ranking on crafted data, both ways: a request's candidates, and the open requests
 * that fit a member's organisations. The countries are the tests' own, so the demo
 * content takes no part.
 */
@PortalIntegrationTest
@Transactional
class MatchRankingTests {

	@Autowired
	MatchFinder finder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	MatchSamples samples;

	long matchland;

	long farland;

	@BeforeEach
	void countries() {
		samples = new MatchSamples(jdbc, accounts);
		matchland = samples.country("Matchland");
		farland = samples.country("Farland");
	}

	@Test
	void aBetterFitRanksHigherAndOnlyPublishedCandidatesInATargetCountryThatAreNotThePostersOwnAppear() {
		long poster = samples.organisation("Poster Motors", "COMPANY", matchland);
		samples.sectors("organisation", poster, "C29").fields("organisation", poster, "A61");
		long request = samples.request(poster, "RESEARCH_PARTNER", "REQUEST", "Research on car health", matchland);
		samples.sectors("partner_request", request, "C29").fields("partner_request", request, "A61");

		candidate("Division And Field", "ASSOCIATION", matchland, "C29", "A61");
		candidate("Research Institute", "RESEARCH_ORGANISATION", matchland, "C29", null);
		long helpful = samples.organisation("Helpful Association", "ASSOCIATION", matchland, "PUBLISHED", true);
		samples.sectors("organisation", helpful, "C29");
		candidate("Division Only", "ASSOCIATION", matchland, "C29", null);
		candidate("Aardvark Division", "ASSOCIATION", matchland, "C29", null);
		long cluster = samples.cluster("Matchland Auto Cluster", matchland);
		samples.sectors("cluster", cluster, "C29");
		long partnershipCluster = samples.cluster("Partner Auto Cluster", matchland);
		samples.sectors("cluster", partnershipCluster, "C29");
		samples.inPartnership(partnershipCluster);
		candidate("Fitting Type Only", "UNIVERSITY", matchland, null, null);
		candidate("Section Only", "ASSOCIATION", matchland, "C10", null);
		candidate("Section Field Only", "ASSOCIATION", matchland, null, "A");

		candidate("Nothing Shared", "ASSOCIATION", matchland, "J61", "E03");
		candidate("Far Away Twin", "RESEARCH_ORGANISATION", farland, "C29", "A61");
		long pending = samples.organisation("Pending Twin", "RESEARCH_ORGANISATION", matchland, "PENDING", false);
		samples.sectors("organisation", pending, "C29");
		long unpublished = samples.organisation("Unpublished Twin", "RESEARCH_ORGANISATION", matchland, "UNPUBLISHED",
				false);
		samples.sectors("organisation", unpublished, "C29");
		long ownCluster = samples.cluster("Poster Cluster", matchland);
		samples.sectors("cluster", ownCluster, "C29");
		samples.runs(poster, ownCluster);

		List<Match> matches = finder.candidatesFor(request, PartnerRequestDirection.REQUEST, Language.ENGLISH);

		assertThat(matches).extracting(m -> m.candidate().name().value(), m -> m.candidate().score())
			.containsExactly(tuple("Division And Field", 6), tuple("Research Institute", 5),
					tuple("Helpful Association", 4), tuple("Partner Auto Cluster", 4), tuple("Aardvark Division", 3),
					tuple("Division Only", 3), tuple("Matchland Auto Cluster", 3), tuple("Fitting Type Only", 2),
					tuple("Section Field Only", 1), tuple("Section Only", 1));
		assertThat(matches).extracting(Match::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(matches.get(6).candidate().path()).isEqualTo("/clusters/matchland-auto-cluster");
		assertThat(matches.get(0).candidate().path()).isEqualTo("/organisations/division-and-field");
	}

	@Test
	void aRequestShowsAtMostTwentyCandidates() {
		long poster = samples.organisation("Poster Motors", "COMPANY", farland);
		long request = samples.request(poster, "SUPPLIER", "REQUEST", "Parts", matchland);
		for (int i = 0; i < 25; i++) {
			candidate("Supplier " + (char) ('A' + i), "COMPANY", matchland, null, null);
		}

		assertThat(finder.candidatesFor(request, PartnerRequestDirection.REQUEST, Language.ENGLISH))
			.extracting(m -> m.candidate().name().value())
			.hasSize(20)
			.startsWith("Supplier A", "Supplier B")
			.endsWith("Supplier T");
	}

	@Test
	void aMemberSeesTheOpenRequestsThatFitTheirValidatedOrganisationsBestFirst() {
		long member = samples.member("matcher@example.eu");
		long mine = samples.organisation("My Parts Company", "COMPANY", matchland);
		samples.sectors("organisation", mine, "C29");
		samples.represents(member, mine, "VALIDATED");
		long pendingOfMine = samples.organisation("My Pending Lab", "RESEARCH_ORGANISATION", farland);
		samples.sectors("organisation", pendingOfMine, "C29");
		samples.represents(member, pendingOfMine, "PENDING");
		long other = samples.organisation("Buyer Group", "COMPANY", farland);

		fittingRequest(other, "SUPPLIER", "Suppliers of car parts", matchland, "C29");
		fittingRequest(other, "RESEARCH_PARTNER", "Food research", matchland, "C10");
		fittingRequest(other, "SUPPLIER", "Suppliers in Farland", farland, "C29");
		fittingRequest(other, "RESEARCH_PARTNER", "Nothing in common", matchland, "J61");
		fittingRequest(mine, "SUPPLIER", "My own request", matchland, "C29");
		long closed = fittingRequest(other, "SUPPLIER", "Closed request", matchland, "C29");
		samples.sql("update partner_request set closed_at = now() where id = ?", closed);
		long past = fittingRequest(other, "SUPPLIER", "Past request", matchland, "C29");
		samples.sql("update partner_request set deadline = current_date - 1 where id = ?", past);
		long unpublished = fittingRequest(other, "SUPPLIER", "Unpublished request", matchland, "C29");
		samples.sql("update partner_request set status = 'UNPUBLISHED', status_reason = 'Spam' where id = ?",
				unpublished);

		List<RequestMatch> matches = finder.openRequestsFor(member, Language.ENGLISH);

		assertThat(matches).extracting(m -> m.request().titleEn(), m -> m.request().candidate().score())
			.containsExactly(tuple("Suppliers of car parts", 5), tuple("Food research", 1));
		assertThat(matches.get(0).request().candidate().name().value()).isEqualTo("My Parts Company");
		assertThat(matches.get(0).reasons()).isEqualTo(
				"Shares sector C29 Manufacture of motor vehicles, trailers and semi-trailers; located in Matchland, "
						+ "a target country; a company, the kind of partner sought");
	}

	@Test
	void digestsAskForTheFittingRequestsPublishedSinceAnInstant() {
		long member = samples.member("digest@example.eu");
		long mine = samples.organisation("My Parts Company", "COMPANY", matchland);
		samples.represents(member, mine, "VALIDATED");
		long other = samples.organisation("Buyer Group", "COMPANY", farland);
		long old = fittingRequest(other, "SUPPLIER", "Old request", matchland, "C29");
		samples.sql("update partner_request set created_at = now() - interval '2 days' where id = ?", old);
		fittingRequest(other, "SUPPLIER", "New request", matchland, "C29");

		Instant yesterday = Instant.now().minusSeconds(86_400);
		assertThat(finder.openRequestsPublishedSince(member, yesterday, Language.ENGLISH))
			.extracting(m -> m.request().titleEn())
			.containsExactly("New request");
		assertThat(finder.openRequestsFor(member, Language.ENGLISH)).hasSize(2);
	}

	private void candidate(String name, String type, long country, String sector, String field) {
		long id = samples.organisation(name, type, country);
		if (sector != null) {
			samples.sectors("organisation", id, sector);
		}
		if (field != null) {
			samples.fields("organisation", id, field);
		}
	}

	private long fittingRequest(long organisation, String kind, String title, long country, String sector) {
		long id = samples.request(organisation, kind, "REQUEST", title, country);
		samples.sectors("partner_request", id, sector);
		return id;
	}

}
