package eu.clusterportal.organisation;

import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganisationRepository extends Repository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	/**
	 * The organisations matching the filters that are not {@code null}, with the country
	 * and region their row shows: a type, a country's or region's slug, sector or
	 * technology field codes (a section's code also matches its divisions) and whether
	 * only those that help; for the CSV export, which writes them all. Published ones
	 * only. The directory's pages use {@link OrganisationSpecifications#listed}.
	 */
	@Query("""
			select o from Organisation o join fetch o.country c left join fetch o.region r
			where o.status = eu.clusterportal.organisation.OrganisationStatus.PUBLISHED
			  and (:type is null or o.type = :type)
			  and (:country is null or c.slug = :country)
			  and (:region is null or r.slug = :region)
			  and (:help = false or o.offersHelp = true)
			  and (:sector is null or exists (select 1 from o.sectors s left join s.parent sp
			                                  where s.code = :sector or sp.code = :sector))
			  and (:field is null or exists (select 1 from o.technologyFields t left join t.parent tp
			                                 where t.code = :field or tp.code = :field))""")
	List<Organisation> findFiltered(OrganisationType type, String country, String region, String sector, String field,
			boolean help);

	/** A published organisation with everything its page shows. */
	@Query("""
			select o from Organisation o join fetch o.country left join fetch o.region
			left join fetch o.sectors s left join fetch s.parent
			left join fetch o.technologyFields t left join fetch t.parent
			left join fetch o.clusters
			where o.slug = :slug and o.status = eu.clusterportal.organisation.OrganisationStatus.PUBLISHED""")
	Optional<Organisation> findPublishedBySlug(String slug);

	/** The countries that have published organisations, by name. */
	@Query("""
			select distinct c from Organisation o join o.country c
			where o.status = eu.clusterportal.organisation.OrganisationStatus.PUBLISHED order by c.name""")
	List<Country> findCountriesWithOrganisations();

	/** An organisation with everything its edit form shows. */
	@EntityGraph(attributePaths = { "country", "region", "sectors", "technologyFields", "clusters" })
	Optional<Organisation> findById(long id);

	/**
	 * The editors' list: organisations whose name or city contains the text, with country
	 * and region.
	 */
	@EntityGraph(attributePaths = { "country", "region" })
	@Query("""
			select o from Organisation o
			where lower(o.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(o.city) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by o.name, o.id""")
	Page<Organisation> findByText(String text, Pageable pageable);

	/**
	 * The editors' list, of the organisations with no published Chinese translation only.
	 */
	@EntityGraph(attributePaths = { "country", "region" })
	@Query("""
			select o from Organisation o
			where (lower(o.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(o.city) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', o.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by o.name, o.id""")
	Page<Organisation> findUntranslated(String text, Pageable pageable);

	/**
	 * The name of the organisation other than {@code except} (an id, 0 for none) that has
	 * the slug.
	 */
	@Query("select o.name from Organisation o where o.slug = :slug and o.id <> :except")
	Optional<String> findNameBySlugExcept(String slug, long except);

	void delete(Organisation organisation);

	Organisation save(Organisation organisation);

}
