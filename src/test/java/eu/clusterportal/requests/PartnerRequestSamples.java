package eu.clusterportal.requests;

import java.time.LocalDate;
import java.util.Set;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestDetails;
import eu.clusterportal.cooperation.PartnerRequestDetails.RequestTexts;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;

/**
 * Partner requests for tests, made through the entities as the members' forms will: a
 * German company (in a country the demo content does not have) and the demo's countries
 * and terms.
 */
final class PartnerRequestSamples {

	private final EntityManager entityManager;

	private final PartnerRequestRepository requests;

	private Organisation german;

	PartnerRequestSamples(EntityManager entityManager, PartnerRequestRepository requests) {
		this.entityManager = entityManager;
		this.requests = requests;
	}

	/** A German company, made on first use. */
	Organisation german() {
		if (german == null) {
			Country germany = new Country("germany", "Germany");
			entityManager.persist(germany);
			german = new Organisation("battery-works", "Battery Works GmbH", OrganisationType.COMPANY, germany);
			entityManager.persist(german);
		}
		return german;
	}

	Country country(String slug) {
		return entityManager.createQuery("select c from Country c where c.slug = :slug", Country.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	Sector sector(String code) {
		return entityManager.createQuery("select s from Sector s where s.code = :code", Sector.class)
			.setParameter("code", code)
			.getSingleResult();
	}

	TechnologyField field(String code) {
		return entityManager.createQuery("select f from TechnologyField f where f.code = :code", TechnologyField.class)
			.setParameter("code", code)
			.getSingleResult();
	}

	/** An English request of the German company seeking a technology partner in China. */
	PartnerRequest english(String title, LocalDate deadline) {
		return save(details(title, null, deadline));
	}

	PartnerRequest save(PartnerRequestDetails details) {
		return save(german(), details);
	}

	PartnerRequest save(Organisation organisation, PartnerRequestDetails details) {
		PartnerRequest request = requests.save(new PartnerRequest(organisation, null, details));
		entityManager.flush();
		return request;
	}

	/**
	 * Details of a request seeking a technology partner in China in manufacturing (C29)
	 * and human necessities (A61); a {@code null} title writes no text in that language.
	 */
	PartnerRequestDetails details(String english, String chinese, LocalDate deadline) {
		return new PartnerRequestDetails(PartnerRequestDirection.REQUEST, PartnerRequestKind.TECHNOLOGY_PARTNER,
				(english != null) ? new RequestTexts(english, "About " + english + ".\n\nSecond paragraph.") : null,
				(chinese != null) ? new RequestTexts(chinese, chinese + "的说明。") : null, deadline,
				Set.of(country("china")), Set.of(sector("C29")), Set.of(field("A")), null);
	}

}
