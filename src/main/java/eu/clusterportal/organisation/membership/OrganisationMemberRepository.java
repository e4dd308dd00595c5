package eu.clusterportal.organisation.membership;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganisationMemberRepository extends Repository<OrganisationMember, OrganisationMemberId> {

	/** A member's organisations and requests, the latest first. */
	@Query("""
			select m from OrganisationMember m join fetch m.organisation o join fetch o.country
			where m.account.id = :accountId order by m.requestedAt desc, o.name""")
	List<OrganisationMember> findByAccount(long accountId);

	/**
	 * The requests waiting for an editor, the oldest first, with what the queue shows.
	 */
	@Query("""
			select m from OrganisationMember m join fetch m.organisation o join fetch o.country left join fetch o.region
			join fetch m.account
			where m.status = eu.clusterportal.organisation.membership.MembershipStatus.PENDING
			order by m.requestedAt, o.id, m.account.id""")
	List<OrganisationMember> findPending();

	@Query("""
			select m from OrganisationMember m
			where m.organisation.id = :organisationId and m.account.id = :accountId""")
	Optional<OrganisationMember> find(long organisationId, long accountId);

	/**
	 * The request, locked until the transaction ends, so that two editors deciding at the
	 * same moment decide one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select m from OrganisationMember m join fetch m.organisation join fetch m.account
			where m.organisation.id = :organisationId and m.account.id = :accountId""")
	Optional<OrganisationMember> lock(long organisationId, long accountId);

	/** How many of a member's requests wait for an editor. */
	@Query("""
			select count(m) from OrganisationMember m
			where m.account.id = :accountId
			  and m.status = eu.clusterportal.organisation.membership.MembershipStatus.PENDING""")
	long countPending(long accountId);

	OrganisationMember save(OrganisationMember member);

}
