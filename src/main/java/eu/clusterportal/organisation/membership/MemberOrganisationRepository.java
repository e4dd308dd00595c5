package eu.clusterportal.organisation.membership;

import java.util.Optional;

import eu.clusterportal.organisation.Organisation;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The organisations as members reach them: whatever their status. */
public interface MemberOrganisationRepository extends Repository<Organisation, Long> {

	/** An organisation with everything its form shows. */
	@Query("""
			select o from Organisation o join fetch o.country left join fetch o.region
			left join fetch o.sectors left join fetch o.technologyFields
			where o.id = :id""")
	Optional<Organisation> findForm(long id);

	Optional<Organisation> findBySlug(String slug);

	boolean existsBySlug(String slug);

	Organisation save(Organisation organisation);

}
