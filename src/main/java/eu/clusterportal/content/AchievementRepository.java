package eu.clusterportal.content;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface AchievementRepository extends ContentItemRepository<Achievement> {

	/**
	 * The editors' list: every achievement whose title contains the text, latest start
	 * first, drafts too.
	 */
	@EntityGraph(attributePaths = "country")
	Page<Achievement> findByTitleContainingIgnoreCaseOrderByStartDescIdDesc(String text, Pageable pageable);

	/** The editors' list, of the items with no published Chinese translation only. */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select a from Achievement a
			where lower(a.title) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    and coalesce(function('jsonb_extract_path_text', a.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by a.start desc, a.id desc""")
	Page<Achievement> findUntranslated(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "country")
	Optional<Achievement> findById(Long id);

}
