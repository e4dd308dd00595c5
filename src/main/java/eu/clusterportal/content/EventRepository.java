package eu.clusterportal.content;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends ContentItemRepository<Event>, JpaSpecificationExecutor<Event> {

	/**
	 * Events about a country in the given states that have not ended by the given day,
	 * soonest first.
	 */
	@Query("""
			select e from Event e
			where e.country = :country and coalesce(e.endsOn, e.startsOn) >= :today and e.status in :statuses
			order by e.startsOn, e.title""")
	List<Event> findUpcoming(Country country, LocalDate today, Collection<PublicationStatus> statuses, Limit limit);

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
