package eu.clusterportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface AchievementRepository extends ContentItemRepository<Achievement> {

	List<Achievement> findByCountryAndStatusInOrderByStartDescTitleAsc(Country country,
			Collection<PublicationStatus> statuses);

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
