package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import eu.clusterportal.Browser;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalServerTest;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestDetails;
import eu.clusterportal.cooperation.PartnerRequestDetails.RequestTexts;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * With the page cache on (the context of {@code PageCacheTests}): a new partner request,
 * its edit and its unpublishing show on the very next visit of every page that shows it.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalServerTest
@TestPropertySource(properties = "portal.page-cache.enabled=true")
class PartnerRequestCacheTests {

	static final String ORGANISATION = "/organisations/battery-works";

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PartnerRequestRepository requests;

	@Autowired
	PageCache pageCache;

	// as PageCacheTests has it, so that both share one context
	@MockitoSpyBean
	SpringTemplateEngine templates;

	Browser anonymous;

	@BeforeEach
	void aGermanCompany() {
		await("listening for changes").atMost(Duration.ofSeconds(10))
			.until(() -> this.pageCache.generation() != PageCache.UNTRUSTED);
		this.transactions.executeWithoutResult((status) -> {
			Country germany = new Country("germany", "Germany");
			this.entityManager.persist(germany);
			this.entityManager
				.persist(new Organisation("battery-works", "Battery Works GmbH", OrganisationType.COMPANY, germany));
		});
		this.anonymous = new Browser(this.port);
	}

	@Test
	void aNewRequestItsEditAndItsUnpublishingShowAtOnceWhereverItShows() throws Exception {
		Set<String> pages = Set.of("/countries/china", "/zh/countries/china", "/cooperation", ORGANISATION);
		for (String page : pages) {
			keptOnceRendered(page);
		}
		long id = this.transactions.execute((status) -> {
			Organisation german = this.entityManager
				.createQuery("select o from Organisation o where o.slug = 'battery-works'", Organisation.class)
				.getSingleResult();
			Country china = this.entityManager
				.createQuery("select c from Country c where c.slug = 'china'", Country.class)
				.getSingleResult();
			return this.requests
				.save(new PartnerRequest(german, null,
						new PartnerRequestDetails(PartnerRequestDirection.REQUEST,
								PartnerRequestKind.TECHNOLOGY_PARTNER, new RequestTexts("Solid-state cells", "Cells."),
								null, LocalDate.now().plusDays(10), Set.of(china), Set.of(), Set.of(), null)))
				.getId();
		});
		for (String page : pages) {
			assertThat(this.anonymous.get(page).body()).as(page).contains("Solid-state cells");
		}

		String path = "/cooperation/" + id;
		keptOnceRendered(path);
		this.transactions.executeWithoutResult((status) -> {
			PartnerRequest request = this.requests.findById(id).orElseThrow();
			PartnerRequestDetails details = request.details();
			request.edit(new PartnerRequestDetails(details.direction(), details.kind(),
					new RequestTexts("Solid-state battery cells", "Cells."), null, details.deadline(),
					details.targetCountries(), details.sectors(), details.technologyFields(), null));
		});
		assertThat(this.anonymous.get(path).body()).contains("Solid-state battery cells");

		for (String page : pages) {
			keptOnceRendered(page);
		}
		keptOnceRendered(path);
		this.transactions.executeWithoutResult(
				(status) -> this.requests.findById(id).orElseThrow().unpublish("Not a partner request"));
		assertThat(this.anonymous.get(path).statusCode()).isEqualTo(404);
		for (String page : pages) {
			assertThat(this.anonymous.get(page).body()).as(page).doesNotContain("Solid-state");
		}
	}

	/** Asks for the page twice and checks that the second answer came from the cache. */
	private void keptOnceRendered(String path) throws Exception {
		assertThat(this.anonymous.get(path).statusCode()).as(path).isEqualTo(200);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		HttpResponse<String> again = this.anonymous.get(path);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("SQL statements for a kept page " + path).isZero();
	}

}
