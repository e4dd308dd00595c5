package eu.clusterportal.cooperation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnerRequestRepository
		extends Repository<PartnerRequest, Long>, JpaSpecificationExecutor<PartnerRequest> {

	PartnerRequest save(PartnerRequest request);

	@EntityGraph(attributePaths = { "organisation", "targetCountries", "sectors", "technologyFields" })
	Optional<PartnerRequest> findById(Long id);

	/** The requests of the given organisations, the newest first. */
	@Query("""
			select r from PartnerRequest r join fetch r.organisation
			where r.organisation.id in :organisationIds order by r.createdAt desc, r.id desc""")
	List<PartnerRequest> findByOrganisations(Collection<Long> organisationIds);

	/** A member's posted requests that are not closed yet. */
	@Query("select r from PartnerRequest r where r.poster.id = :posterId and r.closedAt is null")
	List<PartnerRequest> findUnclosedByPoster(long posterId);

	/** The titles of an organisation's requests, English where there is one. */
	@Query("""
			select coalesce(r.titleEn, r.titleZh) from PartnerRequest r
			where r.organisation.id = :organisationId order by r.id""")
	List<String> findTitlesByOrganisation(long organisationId);

	/**
	 * Requests for editors, the newest first: {@code text} (lower case, empty for all;
	 * {@code %} and {@code _} stand for themselves) in a title or the organisation's
	 * name, {@code state} {@code open}, {@code closed}, {@code unpublished} or empty for
	 * all.
	 */
	@EntityGraph(attributePaths = "organisation")
	@Query("""
			select r from PartnerRequest r join r.organisation o
			where (:text = '' or lower(coalesce(r.titleEn, '')) like concat('%', :#{escape(#text)}, '%') escape '\\'
			       or lower(coalesce(r.titleZh, '')) like concat('%', :#{escape(#text)}, '%') escape '\\'
			       or lower(o.name) like concat('%', :#{escape(#text)}, '%') escape '\\')
			  and (:state = ''
			       or (:state = 'unpublished' and r.status = eu.clusterportal.cooperation.PartnerRequestStatus.UNPUBLISHED)
			       or (:state = 'open' and r.status = eu.clusterportal.cooperation.PartnerRequestStatus.PUBLISHED
			           and r.closedAt is null and r.deadline >= :today)
			       or (:state = 'closed' and r.status = eu.clusterportal.cooperation.PartnerRequestStatus.PUBLISHED
			           and (r.closedAt is not null or r.deadline < :today)))
			order by r.createdAt desc, r.id desc""")
	Page<PartnerRequest> search(String text, String state, LocalDate today, Pageable pageable);

	void flush();

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
