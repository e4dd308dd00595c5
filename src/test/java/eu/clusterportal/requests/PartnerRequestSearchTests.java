package eu.clusterportal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Partner requests in the site search, in both languages, closed ones marked, and in the
 * sitemap; unpublished ones in neither.
 */
@PortalIntegrationTest
@Transactional
class PartnerRequestSearchTests {

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

	PartnerRequestSamples samples;

	LocalDate today;

	@BeforeEach
	void setUp() {
		samples = new PartnerRequestSamples(entityManager, repository);
		today = LocalDate.now(clock);
	}

	@Test
	void englishSearchFindsPublishedRequestsAndMarksClosedOnes() throws Exception {
		PartnerRequest open = samples.english("Solid-state battery partner", today.plusDays(5));
		PartnerRequest past = samples.english("Battery recycling partner", today.minusDays(1));
		PartnerRequest hidden = samples.english("Battery spam", today.plusDays(5));
		hidden.unpublish("Spam");
		entityManager.flush();
		Document page = pages.html("/search?q=battery&type=requests");
		assertThat(page.select("main h2").text()).contains("Partner requests");
		assertThat(hit(page, open).parent().select(".badge")).isEmpty();
		assertThat(hit(page, past).parent().select(".badge").text()).isEqualTo("Closed");
		assertThat(page.select("a[href=/cooperation/" + hidden.getId() + "]")).isEmpty();
	}

	@Test
	void chineseSearchFindsAChineseTitleAndAnEnglishOneMarked() throws Exception {
		PartnerRequest chinese = samples.save(samples.details(null, "固态电池技术合作", today.plusDays(5)));
		PartnerRequest english = samples.english("Hydrogen electrolyser partner", today.plusDays(5));
		Document found = pages.html("/zh/search?q=固态电池&type=requests");
		assertThat(hit(found, chinese).text()).isEqualTo("固态电池技术合作");
		Document latin = pages.html("/zh/search?q=hydrogen&type=requests");
		assertThat(hit(latin, english).select("[lang=en]").text()).isEqualTo("Hydrogen electrolyser partner");
		// English pages search the English texts only
		assertThat(pages.html("/search?q=固态电池&type=requests").select("main a[href^=/cooperation/]")).isEmpty();
	}

	@Test
	void theSitemapListsPublishedRequestsInBothLanguages() throws Exception {
		PartnerRequest open = samples.english("Battery partner", today.plusDays(5));
		PartnerRequest hidden = samples.english("Hidden", today.plusDays(5));
		hidden.unpublish("Spam");
		entityManager.flush();
		String sitemap = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
		assertThat(sitemap)
			.contains("<loc>http://localhost:8080/cooperation/" + open.getId() + "</loc>",
					"<loc>http://localhost:8080/zh/cooperation/" + open.getId() + "</loc>",
					"<loc>http://localhost:8080/cooperation</loc>")
			.doesNotContain("/cooperation/" + hidden.getId() + "<");
	}

	private static Element hit(Document page, PartnerRequest request) {
		Element link = page.selectFirst("main a[href$=/cooperation/" + request.getId() + "]");
		assertThat(link).as("a hit for request %s", request.getId()).isNotNull();
		return link;
	}

}
