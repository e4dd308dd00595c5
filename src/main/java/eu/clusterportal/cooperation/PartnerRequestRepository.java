package eu.clusterportal.cooperation;

import java.util.Optional;

import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnerRequestRepository
		extends Repository<PartnerRequest, Long>, JpaSpecificationExecutor<PartnerRequest> {

	PartnerRequest save(PartnerRequest request);

	@EntityGraph(attributePaths = { "organisation", "targetCountries", "sectors", "technologyFields" })
	Optional<PartnerRequest> findById(Long id);

	/** A request as its public page shows it; an unpublished one is none. */
	@EntityGraph(attributePaths = { "organisation", "organisation.country", "partnership" })
	@Query("select r from PartnerRequest r where r.id = :id and r.status = 'PUBLISHED'")
	Optional<PartnerRequest> findPublished(long id);

	/**
	 * Whether the account with the given (canonical) address is a validated member of the
	 * organisation that posted the request.
	 */
	@Query("""
			select count(m) > 0 from OrganisationMember m
			where m.organisation.id = (select r.organisation.id from PartnerRequest r where r.id = :id)
			  and m.account.email = :email
			  and m.status = eu.clusterportal.organisation.membership.MembershipStatus.VALIDATED""")
	boolean isRepresentedBy(long id, String email);

	/** A published organisation the list may be filtered by. */
	@Query("""
			select o from Organisation o
			where o.slug = :slug and o.status = eu.clusterportal.organisation.OrganisationStatus.PUBLISHED""")
	Optional<Organisation> findListedOrganisation(String slug);

	/** A partnership the list may be filtered by, whatever the case of its acronym. */
	@Query("select p from Partnership p where lower(p.acronym) = lower(:acronym)")
	Optional<Partnership> findListedPartnership(String acronym);

}
