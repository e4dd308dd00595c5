package eu.clusterportal.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EventRepository extends ContentItemRepository<Event>, JpaSpecificationExecutor<Event> {

	@Override
	@EntityGraph(attributePaths = "country")
	Page<Event> findAll(Specification<Event> spec, Pageable pageable);

	/**
	 * The editors' list: every event whose title contains the text, latest start first,
	 * drafts too.
	 */
	@EntityGraph(attributePaths = "country")
	Page<Event> findByTitleContainingIgnoreCaseOrderByStartsOnDescIdDesc(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "country")
	Optional<Event> findById(Long id);

	@Override
	@EntityGraph(attributePaths = "country")
	List<Event> findAll(Specification<Event> spec, Sort sort);

}
