package eu.clusterportal.content;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends ContentItemRepository<Document> {

	/** The editors' list: every document whose title contains the text. */
	@EntityGraph(attributePaths = { "country", "file" })
	Page<Document> findByTitleContainingIgnoreCaseOrderByTitleAscIdAsc(String text, Pageable pageable);

	/** The editors' list, of the items with no published Chinese translation only. */
	@EntityGraph(attributePaths = { "country", "file" })
	@Query("""
			select d from Document d
			where lower(d.title) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    and coalesce(function('jsonb_extract_path_text', d.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by d.title, d.id""")
	Page<Document> findUntranslated(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "file" })
	Optional<Document> findById(Long id);

}
