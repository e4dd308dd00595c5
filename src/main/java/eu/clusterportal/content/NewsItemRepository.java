package eu.clusterportal.content;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface NewsItemRepository extends ContentItemRepository<NewsItem> {

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus status, Limit limit);

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findByCountrySlugAndStatusOrderByPublishedOnDescTitleAsc(String countrySlug,
			PublicationStatus status, Limit limit);

	/** The editors' list: every item whose title contains the text, newest first. */
	@EntityGraph(attributePaths = "country")
	Page<NewsItem> findByTitleContainingIgnoreCaseOrderByPublishedOnDescIdDesc(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "partnership" })
	Optional<NewsItem> findById(Long id);

	List<NewsItem> findByPartnershipAndStatusOrderByPublishedOnDescTitleAsc(Partnership partnership,
			PublicationStatus status);

}
