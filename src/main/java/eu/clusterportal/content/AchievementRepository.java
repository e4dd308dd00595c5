package eu.clusterportal.content;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface AchievementRepository extends ContentItemRepository<Achievement> {

	/**
	 * The editors' list: every achievement whose title contains the text, latest start
	 * first, drafts too.
	 */
	@EntityGraph(attributePaths = "country")
	Page<Achievement> findByTitleContainingIgnoreCaseOrderByStartDescIdDesc(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "country")
	Optional<Achievement> findById(Long id);

}
