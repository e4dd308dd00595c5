package eu.clusterportal.cluster;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.Country;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Clusters. The directory's filters are {@link ClusterSpecifications}; its queries load a
 * fixed number of statements whatever the number of rows.
 */
public interface ClusterRepository extends Repository<Cluster, Long>, JpaSpecificationExecutor<Cluster> {

	@EntityGraph(attributePaths = { "region", "sectors", "sectors.parent" })
	List<Cluster> findByCountryOrderByName(Country country);

	/**
	 * The rest of the country page's cluster queries, so that the page needs no statement
	 * for its map: the first {@code placedLimit} of the country's clusters that have a
	 * place, by city and name, with how many have one and how many clusters the country
	 * has.
	 */
	String PLACED_CLUSTERS = """
			union all
			(select true, null, null, null, clusters, slug, name, city, latitude, longitude, placed, translations from (
			     select k.slug, k.name, k.city, k.latitude, k.longitude, k.translations::text as translations,
			            count(k.latitude) over () as placed, count(*) over () as clusters
			     from cluster k where k.country_id = :countryId) c
			 where latitude is not null
			 order by city, name, slug
			 limit :placedLimit)""";

	/**
	 * The first clusters by name of each of a country's regions (region id {@code null}
	 * for the clusters outside them), at most {@code perGroup} of each, with the size of
	 * their group and the number of the country's clusters, then what its map shows
	 * ({@link #PLACED_CLUSTERS}); load the cards with {@link #findCardsByIdIn}. The
	 * clusters are ranked by name once, from an index, so that the groups are ordered by
	 * number rather than by collated name.
	 */
	@Query(nativeQuery = true, value = """
			select false as onMap, id, group_id as groupId, group_size as groupSize, clusters,
			       null as slug, null as name, null as city, null as latitude, null as longitude, null as placed,
			       null as translations
			from (
			    select id, region_id as group_id,
			           count(*) over (partition by region_id) as group_size,
			           count(*) over () as clusters,
			           row_number() over (partition by region_id order by name_rank) as position
			    from (select k.id, k.region_id, row_number() over (order by k.name, k.id) as name_rank
			          from cluster k where k.country_id = :countryId) ranked) g
			where position <= :perGroup
			""" + PLACED_CLUSTERS)
	List<CountryClusterRow> findFirstByRegion(long countryId, int perGroup, int placedLimit);

	/**
	 * The first clusters by name in each sector of a country's clusters, at most
	 * {@code perGroup} of each, with the size of their group and the number of the
	 * country's clusters with a sector, then what its map shows
	 * ({@link #PLACED_CLUSTERS}); load the cards with {@link #findCardsByIdIn}.
	 */
	@Query(nativeQuery = true, value = """
			with ranked as (
			    select k.id, row_number() over (order by k.name, k.id) as name_rank
			    from cluster k where k.country_id = :countryId),
			in_sector as (
			    select r.id, cs.sector_id, r.name_rank from ranked r join cluster_sector cs on cs.cluster_id = r.id)
			select false as onMap, id, group_id as groupId, group_size as groupSize,
			       (select count(distinct id) from in_sector) as clusters,
			       null as slug, null as name, null as city, null as latitude, null as longitude, null as placed,
			       null as translations
			from (select id, sector_id as group_id,
			             count(*) over (partition by sector_id) as group_size,
			             row_number() over (partition by sector_id order by name_rank) as position
			      from in_sector) g
			where position <= :perGroup
			""" + PLACED_CLUSTERS)
	List<CountryClusterRow> findFirstBySector(long countryId, int perGroup, int placedLimit);

	/**
	 * The given clusters with what their card shows, by name. Fetch joins rather than an
	 * entity graph let Hibernate translate the query once rather than on every call.
	 */
	@Query("""
			select c from Cluster c left join fetch c.region left join fetch c.sectors s left join fetch s.parent
			where c.id in :ids order by c.name, c.id""")
	List<Cluster> findCardsByIdIn(Collection<Long> ids);

	/**
	 * One page of the clusters that match, with their country and region. The page is cut
	 * in SQL; load the page's sectors and technology fields with
	 * {@link #findWithTermsByIdIn}.
	 */
	@Override
	@EntityGraph(attributePaths = { "country", "region" })
	Page<Cluster> findAll(Specification<Cluster> specification, Pageable pageable);

	/**
	 * All clusters that match, in the given order, with everything a directory row shows:
	 * country, region, sectors and technology fields with their sections. Not paged, so
	 * the collections are fetched in the same statement.
	 */
	@Override
	@EntityGraph(attributePaths = { "country", "region", "sectors", "sectors.parent", "technologyFields",
			"technologyFields.parent" })
	List<Cluster> findAll(Specification<Cluster> specification, Sort sort);

	/**
	 * The given clusters with their sectors and technology fields (and their sections),
	 * in no order.
	 */
	@EntityGraph(attributePaths = { "sectors", "sectors.parent", "technologyFields", "technologyFields.parent" })
	@Query("select c from Cluster c where c.id in :ids")
	List<Cluster> findWithTermsByIdIn(Collection<Long> ids);

	/** A cluster with everything its page shows. */
	@EntityGraph(attributePaths = { "country", "region", "sectors", "sectors.parent", "technologyFields",
			"technologyFields.parent" })
	Optional<Cluster> findBySlug(String slug);

	/**
	 * Every cluster by name, without its associations: what a partnership's members are
	 * chosen from.
	 */
	List<Cluster> findAllByOrderByName();

	/**
	 * Every cluster by name with its country: what an organisation's clusters are chosen
	 * from.
	 */
	@Query("select c from Cluster c join fetch c.country order by c.name, c.id")
	List<Cluster> findAllWithCountry();

	/** A cluster with everything its form shows. */
	@EntityGraph(attributePaths = { "country", "region", "sectors", "technologyFields" })
	Optional<Cluster> findById(long id);

	/**
	 * The editors' list: clusters whose name or city contains the text, with country and
	 * region.
	 */
	@EntityGraph(attributePaths = { "country", "region" })
	@Query("""
			select c from Cluster c
			where lower(c.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(c.city) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by c.name, c.id""")
	Page<Cluster> findByText(String text, Pageable pageable);

	/** The editors' list, of the clusters with no published Chinese translation only. */
	@EntityGraph(attributePaths = { "country", "region" })
	@Query("""
			select c from Cluster c
			where (lower(c.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(c.city) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', c.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by c.name, c.id""")
	Page<Cluster> findUntranslated(String text, Pageable pageable);

	/**
	 * The name of the cluster other than {@code except} (an id, 0 for none) that has the
	 * slug.
	 */
	@Query("select c.name from Cluster c where c.slug = :slug and c.id <> :except")
	Optional<String> findNameBySlugExcept(String slug, long except);

	/** The names of the clusters in a region, in order. */
	@Query("select c.name from Cluster c where c.region = :region order by c.name")
	List<String> findNamesByRegion(Region region);

	/**
	 * How many clusters each of the given regions has; regions without any are left out.
	 */
	@Query("""
			select c.region.id as regionId, count(c) as clusters from Cluster c
			where c.region in :regions
			group by c.region.id""")
	List<RegionSize> countByRegionIn(Collection<Region> regions);

	Cluster save(Cluster cluster);

	void delete(Cluster cluster);

	/** The countries that have at least one cluster, by name. */
	@Query("select co from Country co where exists (select 1 from Cluster c where c.country = co) order by co.name")
	List<Country> findCountriesWithClusters();

	/** The clusters added last, with the number of clusters in all. */
	@Query("""
			select new eu.clusterportal.cluster.RecentCluster(c.slug, c.name, c.city, co.name, count(*) over (),
			    c.translations, co.translations, co.isoCode)
			from Cluster c join c.country co
			order by c.createdAt desc, c.id desc""")
	List<RecentCluster> findRecent(Limit limit);

	/**
	 * A cluster shown in a group of a country's cluster landscape.
	 *
	 * @see #findFirstByRegion
	 */
	interface LandscapeEntry {

		Long getId();

		/** The region's or sector's id; {@code null} for the clusters outside regions. */
		Long getGroupId();

		Long getGroupSize();

		/** The number of the country's clusters in any group. */
		Long getClusters();

	}

	/** A cluster with its place. */
	interface PlacedCluster {

		String getSlug();

		String getName();

		String getCity();

		/** Its translations as JSON ({@code TranslationsJson}). */
		String getTranslations();

		BigDecimal getLatitude();

		BigDecimal getLongitude();

		/** How many of the country's clusters have a place. */
		Long getPlaced();

		/** How many clusters the country has. */
		Long getClusters();

	}

	/**
	 * A row of {@link #findFirstByRegion} or {@link #findFirstBySector}: a card's entry,
	 * or a point of the map.
	 */
	interface CountryClusterRow extends LandscapeEntry, PlacedCluster {

		Boolean getOnMap();

		/**
		 * The number of the country's clusters in any group, or the country's clusters.
		 */
		@Override
		Long getClusters();

	}

	/** The number of clusters in a region. */
	interface RegionSize {

		Long getRegionId();

		Long getClusters();

	}

}
