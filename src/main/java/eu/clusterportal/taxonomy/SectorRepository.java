package eu.clusterportal.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface SectorRepository extends Repository<Sector, Long> {

	/** Sections followed by their divisions, as the codes sort. */
	List<Sector> findAllByOrderByCode();

	@EntityGraph(attributePaths = "parent")
	Optional<Sector> findByCode(String code);

	List<Sector> findByParentOrderByCode(Sector parent);

}
