package eu.clusterportal.taxonomy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * What the two taxonomies' repositories share. The queries that name the clusters' and
 * partnerships' join tables differ per taxonomy, so each repository declares them.
 */
@NoRepositoryBean
public interface TaxonomyTermRepository<T extends TaxonomyTerm> extends Repository<T, Long> {

	/** Sections followed by their divisions, as the codes sort. */
	List<T> findAllByOrderByCode();

	/** The sections, which a division can belong to. */
	List<T> findByParentIsNullOrderByCode();

	@EntityGraph(attributePaths = "parent")
	Optional<T> findByCode(String code);

	@EntityGraph(attributePaths = "parent")
	Optional<T> findById(Long id);

	List<T> findByParentOrderByCode(T parent);

	T save(T term);

	void delete(T term);

	/**
	 * The editors' list: terms whose code or name contains the text, by code, with their
	 * use.
	 */
	Page<TermUsage> findUsage(String text, Pageable pageable);

	/** The editors' list, of the terms with no published Chinese translation only. */
	Page<TermUsage> findUntranslatedUsage(String text, Pageable pageable);

	/** The names of the clusters classified under the term itself, by name. */
	List<String> findClusterNames(long termId);

	/** The acronyms of the partnerships classified under the term itself. */
	List<String> findPartnershipAcronyms(long termId);

	/** The names of the organisations classified under the term itself, by name. */
	List<String> findOrganisationNames(long termId);

	/**
	 * The titles of the partner requests classified under the term itself, English first.
	 */
	List<String> findPartnerRequestTitles(long termId);

}
