package eu.clusterportal.cluster;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RegionRepository extends Repository<Region, Long> {

	List<Region> findByCountryOrderByPosition(Country country);

	/**
	 * Every region with its country, by country name and then in the country's own order.
	 */
	@EntityGraph(attributePaths = "country")
	List<Region> findAllByOrderByCountryNameAscPositionAsc();

	@EntityGraph(attributePaths = "country")
	Optional<Region> findById(long id);

	@EntityGraph(attributePaths = "country")
	Optional<Region> findBySlug(String slug);

	/**
	 * The editors' list: regions whose name or country's name contains the text, with
	 * their country.
	 */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select r from Region r join r.country co
			where lower(r.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(co.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by co.name, r.position, r.name, r.id""")
	Page<Region> findByText(String text, Pageable pageable);

	/** The editors' list, of the regions with no published Chinese translation only. */
	@EntityGraph(attributePaths = "country")
	@Query("""
			select r from Region r join r.country co
			where (lower(r.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(co.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', r.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by co.name, r.position, r.name, r.id""")
	Page<Region> findUntranslated(String text, Pageable pageable);

	/**
	 * The name of the region other than {@code except} (an id, 0 for none) that has the
	 * slug.
	 */
	@Query("select r.name from Region r where r.slug = :slug and r.id <> :except")
	Optional<String> findNameBySlugExcept(String slug, long except);

	Region save(Region region);

	void delete(Region region);

}
