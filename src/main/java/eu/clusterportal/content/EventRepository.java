package eu.clusterportal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

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

	/**
	 * The first published events still going on or to come on the day, in the order of
	 * the event list: soonest first.
	 */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select e from Event e
			where e.status = eu.clusterportal.editorial.PublicationStatus.PUBLISHED
			  and coalesce(e.endsOn, e.startsOn) >= :day
			order by e.startsOn, e.title""")
	List<Event> findUpcoming(LocalDate day, Limit limit);

	/** The editors' list, of the items with no published Chinese translation only. */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select e from Event e
			where lower(e.title) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    and coalesce(function('jsonb_extract_path_text', e.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by e.startsOn desc, e.id desc""")
	Page<Event> findUntranslated(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "country")
	Optional<Event> findById(Long id);

	@Override
	@EntityGraph(attributePaths = "country")
	List<Event> findAll(Specification<Event> spec, Sort sort);

}
