package eu.clusterportal.content;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface NewsItemRepository extends ContentItemRepository<NewsItem> {

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus status, Limit limit);

	@EntityGraph(attributePaths = "country")
	List<NewsItem> findByCountrySlugAndStatusOrderByPublishedOnDescTitleAsc(String countrySlug,
			PublicationStatus status, Limit limit);

	/** The editors' list: every item whose title contains the text, newest first. */
	@EntityGraph(attributePaths = "country")
	Page<NewsItem> findByTitleContainingIgnoreCaseOrderByPublishedOnDescIdDesc(String text, Pageable pageable);

	/** The editors' list, of the items with no published Chinese translation only. */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select n from NewsItem n
			where lower(n.title) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    and coalesce(function('jsonb_extract_path_text', n.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by n.publishedOn desc, n.id desc""")
	Page<NewsItem> findUntranslated(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "partnership" })
	Optional<NewsItem> findById(Long id);

	List<NewsItem> findByPartnershipAndStatusOrderByPublishedOnDescTitleAsc(Partnership partnership,
			PublicationStatus status);

}
