package eu.clusterportal.partnership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PartnershipRepository extends Repository<Partnership, Long> {

	/**
	 * Partnerships matching the filters that are not {@code null}: a targeted country's
	 * slug and sector or technology field codes, where a section's code also matches its
	 * divisions. Subqueries rather than joins keep one row per partnership, so paging
	 * stays in SQL.
	 */
	String FILTERED = """
			select p from Partnership p
			where (:country is null or exists (select 1 from p.targetCountries c where c.slug = :country))
			  and (:sector is null or exists (select 1 from p.sectors s left join s.parent sp
			                                  where s.code = :sector or sp.code = :sector))
			  and (:field is null or exists (select 1 from p.technologyFields t left join t.parent tp
			                                 where t.code = :field or tp.code = :field))""";

	/** The partnerships that target a country, with everything their table row shows. */
	@EntityGraph(attributePaths = { "technologyFields", "technologyFields.parent", "sectors", "sectors.parent",
			"targetCountries" })
	@Query("select p from Partnership p where :country member of p.targetCountries")
	List<Partnership> findTargeting(Country country, Sort sort);

	/**
	 * The first partnerships that target a country, in the given order, as their ids with
	 * the number of partnerships that target it in all; load their rows with
	 * {@link #findRowsByIdIn}.
	 */
	@Query("select p.id as id, count(*) over () as total from Partnership p where :country member of p.targetCountries")
	List<PageEntry> findPageTargeting(Country country, Sort sort, Limit limit);

	/**
	 * The given partnerships with everything their table row shows, as
	 * {@link #findByIdIn} but with fetch joins rather than an entity graph, so that
	 * Hibernate translates the query once rather than on every call.
	 */
	@Query("""
			select p from Partnership p
			left join fetch p.technologyFields tf left join fetch tf.parent
			left join fetch p.sectors s left join fetch s.parent
			left join fetch p.targetCountries
			where p.id in :ids""")
	List<Partnership> findRowsByIdIn(Collection<Long> ids, Sort sort);

	List<Partnership> findAllByOrderByAcronymAsc();

	/** The editors' list: partnerships whose acronym or name contains the text. */
	@Query("""
			select p from Partnership p
			where lower(p.acronym) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(p.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by p.acronym""")
	Page<Partnership> findByText(String text, Pageable pageable);

	/**
	 * The editors' list, of the partnerships with no published Chinese translation only.
	 */
	@Query("""
			select p from Partnership p
			where (lower(p.acronym) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(p.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', p.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by p.acronym""")
	Page<Partnership> findUntranslated(String text, Pageable pageable);

	@EntityGraph(attributePaths = { "technologyFields", "sectors", "targetCountries", "members" })
	Optional<Partnership> findById(Long id);

	/** The acronyms of the partnerships that a cluster is a member of, in order. */
	@Query("select p.acronym from Partnership p join p.members m where m.id = :clusterId order by p.acronym")
	List<String> findAcronymsByMember(long clusterId);

	/** The partnerships that any of the clusters is a member of, by acronym. */
	@Query("select distinct p from Partnership p join p.members m where m in :clusters order by p.acronym")
	List<Partnership> findByMemberIn(Collection<Cluster> clusters);

	Partnership save(Partnership partnership);

	void delete(Partnership partnership);

	/**
	 * One page of the filtered partnerships, without their associations (see
	 * {@link #findByIdIn}).
	 */
	@Query(FILTERED)
	Page<Partnership> findFiltered(String country, String sector, String field, Pageable pageable);

	/** The given partnerships with everything their table row shows. */
	@EntityGraph(attributePaths = { "technologyFields", "technologyFields.parent", "sectors", "sectors.parent",
			"targetCountries" })
	List<Partnership> findByIdIn(Collection<Long> ids, Sort sort);

	/**
	 * A partnership with everything its page shows; acronyms are unique whatever their
	 * case.
	 */
	@EntityGraph(attributePaths = { "technologyFields", "technologyFields.parent", "sectors", "sectors.parent",
			"targetCountries", "members" })
	@Query("select p from Partnership p where lower(p.acronym) = lower(:acronym)")
	Optional<Partnership> findByAcronym(String acronym);

	/**
	 * The partnerships added last, with the number of partnerships and the SMEs they
	 * involve as far as known, counted over all of them.
	 */
	@Query("""
			select new eu.clusterportal.partnership.RecentPartnership(p.acronym, p.name, p.smesInvolved,
			    count(*) over (), sum(p.smesInvolved) over (), count(p.smesInvolved) over (), p.translations)
			from Partnership p
			order by p.createdAt desc, p.id desc""")
	List<RecentPartnership> findRecent(Limit limit);

	/** A partnership on a page of a list, with the length of the whole list. */
	interface PageEntry {

		Long getId();

		Long getTotal();

	}

	/**
	 * How many partnerships have their targets from each source, the most first; only
	 * partnerships with a target, as the world map counts.
	 * @param language the tag of the language whose published translation of the source's
	 * detail to give beside the original
	 */
	@Query("""
			select new eu.clusterportal.partnership.TargetsSource(p.targetCountriesSource.source,
				p.targetCountriesSource.detail,
				cast(case when function('jsonb_extract_path_text', p.translations, :language, 'status') = 'PUBLISHED'
					then function('jsonb_extract_path_text', p.translations, :language, 'texts',
						'targetCountriesSource.detail') end as String),
				count(p))
			from Partnership p
			where p.targetCountries is not empty
			group by 1, 2, 3
			order by count(p) desc, 1, 2, 3""")
	List<TargetsSource> countByTargetsSource(String language);

}
