package eu.clusterportal.content;

import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/** What editing needs from the repository of every kind of content item. */
@NoRepositoryBean
public interface ContentItemRepository<T extends ContentItem> extends Repository<T, Long> {

	/** The item with its country, drafts too. */
	Optional<T> findById(Long id);

	T save(T item);

	void delete(T item);

}
