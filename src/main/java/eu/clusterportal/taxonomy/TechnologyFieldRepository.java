package eu.clusterportal.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface TechnologyFieldRepository extends Repository<TechnologyField, Long> {

	/** Sections followed by their classes, as the codes sort. */
	List<TechnologyField> findAllByOrderByCode();

	@EntityGraph(attributePaths = "parent")
	Optional<TechnologyField> findByCode(String code);

	List<TechnologyField> findByParentOrderByCode(TechnologyField parent);

}
