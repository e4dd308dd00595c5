package eu.clusterportal.content;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface DocumentRepository extends ContentItemRepository<Document> {

	/** The editors' list: every document whose title contains the text. */
	@EntityGraph(attributePaths = { "country", "file" })
	Page<Document> findByTitleContainingIgnoreCaseOrderByTitleAscIdAsc(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "file" })
	Optional<Document> findById(Long id);

}
