package eu.clusterportal.partnership;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnershipRepository extends Repository<Partnership, Long> {

	/** The partnerships that target a country, with everything their table row shows. */
	@EntityGraph(attributePaths = { "technologyFields", "technologyFields.parent", "sectors", "sectors.parent",
			"targetCountries" })
	@Query("select p from Partnership p where :country member of p.targetCountries")
	List<Partnership> findTargeting(Country country, Sort sort);

	List<Partnership> findAllByOrderByAcronymAsc();

	Optional<Partnership> findByAcronym(String acronym);

}
