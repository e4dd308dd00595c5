package eu.clusterportal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import eu.clusterportal.partnership.Partnership;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open partner requests on the pages of the countries they target, of their
 * organisation, sectors, technology fields and partnership: the first five, soonest
 * deadline first, with a link to the list filtered the same way.
 */
@PortalIntegrationTest
@Transactional
class CooperationBlocksTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PartnerRequestRepository repository;

	@Autowired
	MovableClock clock;

	PartnerRequestSamples samples;

	LocalDate today;

	@BeforeEach
	void setUp() {
		samples = new PartnerRequestSamples(entityManager, repository);
		today = LocalDate.now(clock);
	}

	@Test
	void chinasPageListsTheFirstFiveOpenRequestsTargetingItWithALinkToAllOfThem() throws Exception {
		for (int i = 1; i <= 6; i++) {
			samples.english("Request " + i, today.plusDays(i));
		}
		samples.english("Past", today.minusDays(1));
		samples.save(new PartnerRequestDetails(PartnerRequestDirection.OFFER, PartnerRequestKind.INVESTOR,
				new RequestTexts("Japan only", "Money."), null, today, Set.of(samples.country("japan")), Set.of(),
				Set.of(), null));
		Document china = pages.html("/countries/china");
		assertThat(china.select("#partner-requests + ul a").eachText()).containsExactly("Request 1", "Request 2",
				"Request 3", "Request 4", "Request 5");
		assertThat(china.select("a[href=/cooperation?country=china]").text())
			.isEqualTo("All open partner requests targeting China");
		Document chinese = pages.html("/zh/countries/china");
		assertThat(chinese.select("#partner-requests").text()).isEqualTo("以中国为目标的合作需求");
		assertThat(chinese.select("#partner-requests + ul a span[lang=en]").eachText()).hasSize(5);
	}

	@Test
	void chinasPageSaysWhenNoRequestTargetsIt() throws Exception {
		Document china = pages.html("/countries/china");
		assertThat(china.select("#partner-requests + p").text())
			.isEqualTo("No open partner request targets China yet.");
	}

	@Test
	void organisationSectorFieldAndPartnershipPagesListTheirOpenRequests() throws Exception {
		Partnership partnership = entityManager
			.createQuery("select p from Partnership p where p.acronym = 'DIA'", Partnership.class)
			.getSingleResult();
		PartnerRequest request = samples.save(new PartnerRequestDetails(PartnerRequestDirection.REQUEST,
				PartnerRequestKind.RESEARCH_PARTNER, new RequestTexts("Sensor research", "Sensors."), null,
				today.plusDays(3), Set.of(samples.country("china")), Set.of(samples.sector("C29")),
				Set.of(samples.field("A")), partnership));
		samples.english("Past", today.minusDays(1));
		String link = "a[href=/cooperation/" + request.getId() + "]";
		Document organisation = pages.html("/organisations/battery-works");
		assertThat(organisation.select("#partner-requests " + link).text()).isEqualTo("Sensor research");
		assertThat(organisation.select("#partner-requests li")).hasSize(1);
		assertThat(organisation.select("#partner-requests a[href=/cooperation?organisation=battery-works]")).hasSize(1);
		assertThat(pages.html("/sectors/C").select("#partner-requests " + link)).hasSize(1);
		assertThat(pages.html("/sectors/C29").select("#partner-requests a[href=/cooperation?sector=C29]")).hasSize(1);
		assertThat(pages.html("/technology-fields/A").select("#partner-requests " + link)).hasSize(1);
		Document dia = pages.html("/partnerships/DIA");
		assertThat(dia.select("#partner-requests " + link)).hasSize(1);
		assertThat(titles("/cooperation?organisation=battery-works")).containsExactly("Sensor research");
		assertThat(titles(dia.select("#partner-requests a[href^=/cooperation?partnership]").attr("href")))
			.containsExactly("Sensor research");
		assertThat(pages.html("/sectors/J").select("#partner-requests p").text())
			.isEqualTo("No open partner requests here yet.");
	}

	private List<String> titles(String url) throws Exception {
		return pages.html(url).select("li[id^=request-] h3 a").eachText();
	}

}
