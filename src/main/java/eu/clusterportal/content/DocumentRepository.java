package eu.clusterportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface DocumentRepository extends ContentItemRepository<Document> {

	/** A country's documents with their files' names and sizes (never their content). */
	@EntityGraph(attributePaths = "file")
	List<Document> findByCountryAndStatusInOrderByKindAscTitleAsc(Country country,
			Collection<PublicationStatus> statuses);

	/** The editors' list: every document whose title contains the text. */
	@EntityGraph(attributePaths = { "country", "file" })
	Page<Document> findByTitleContainingIgnoreCaseOrderByTitleAscIdAsc(String text, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "country", "file" })
	Optional<Document> findById(Long id);

}
