package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A country page costs a fixed number of SQL statements, however many rows it shows. */
@PortalIntegrationTest
@Transactional
class CountryPageQueryCountTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void theChinaPageRunsAsManyStatementsWithTwiceTheRows() throws Exception {
		long before = statementsFor("/countries/china?sort=smes,desc");
		addRowsToEveryBlockOfChina(12);
		long after = statementsFor("/countries/china?sort=smes,desc");

		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(12);
	}

	@Test
	void aCountryWithoutProfileRunsAsManyStatementsWithMorePartnerships() throws Exception {
		long before = statementsFor("/countries/japan");
		addRowsToEveryBlockOfChina(5);
		long after = statementsFor("/countries/japan");

		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(3);
	}

	private long statementsFor(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return pages.statementsFor(get(url));
	}

	private void addRowsToEveryBlockOfChina(int count) {
		Country china = find(Country.class, "select c from Country c where c.slug = 'china'");
		Country japan = find(Country.class, "select c from Country c where c.slug = 'japan'");
		Sector sector = find(Sector.class, "select s from Sector s where s.code = 'J62'");
		Sector otherSector = find(Sector.class, "select s from Sector s where s.code = 'C29'");
		TechnologyField field = find(TechnologyField.class, "select t from TechnologyField t where t.code = 'Y04'");
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < count; i++) {
			Partnership partnership = new Partnership("TEST" + i, "Test partnership " + i, i * 10, i);
			partnership.addTechnologyField(field);
			partnership.addSector(sector);
			partnership.addSector(otherSector);
			partnership.addTargetCountry(china);
			partnership.addTargetCountry(japan);
			entityManager.persist(partnership);
			Cluster cluster = new Cluster("test-cluster-" + i, "Test cluster " + i, china, null, "Xi'an");
			cluster.addSector(sector);
			cluster.addSector(otherSector);
			entityManager.persist(cluster);
			entityManager.persist(new NewsItem(china, NewsChannel.COUNTRY, "News " + i, today.minusDays(i)));
			entityManager.persist(new NewsItem(china, NewsChannel.ESCP4I, "ESCP-4i news " + i, today.minusDays(i)));
			entityManager.persist(new Event(china, "Event " + i, today.plusDays(i), today.plusDays(i + 1)));
			DocumentFile file = new DocumentFile("study-" + i + ".pdf", "application/pdf", 1000 + i, "0".repeat(64));
			entityManager.persist(file);
			Document document = new Document(china, DocumentKind.STUDY, "Study " + i);
			document.edit(china, DocumentKind.STUDY, "Study " + i, null, null, null, file, PublicationStatus.PUBLISHED);
			entityManager.persist(document);
		}
	}

	private <T> T find(Class<T> type, String query) {
		return entityManager.createQuery(query, type).getSingleResult();
	}

}
