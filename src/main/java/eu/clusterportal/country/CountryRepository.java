package eu.clusterportal.country;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CountryRepository extends Repository<Country, Long> {

	Optional<Country> findBySlug(String slug);

	/**
	 * A country with its text sections: a row per section, or one row without a section
	 * if it has none; no row if there is no such country.
	 */
	@Query("select c as country, s as section from Country c left join CountrySection s on s.country = c where c.slug = :slug")
	List<CountryWithSection> findWithSectionsBySlug(String slug);

	/**
	 * The country, locked until the transaction ends: nothing can be added to it
	 * meanwhile, so what was checked before deleting it still holds when it goes.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Country c where c.slug = :slug")
	Optional<Country> findForDeletionBySlug(String slug);

	/** Names are unique; "china" and "China" would be the same country. */
	@Query("select c from Country c where lower(c.name) = lower(:name)")
	Optional<Country> findByName(String name);

	Optional<Country> findByIsoCode(String isoCode);

	// The titles of a country's content, drafts included: what its deletion would take
	// along.

	@Query("select n.title from NewsItem n where n.country = :country order by n.publishedOn desc, n.title")
	List<String> findNewsTitles(Country country);

	@Query("select e.title from Event e where e.country = :country order by e.startsOn desc, e.title")
	List<String> findEventTitles(Country country);

	@Query("select d.title from Document d where d.country = :country order by d.title")
	List<String> findDocumentTitles(Country country);

	@Query("select a.title from Achievement a where a.country = :country order by a.title")
	List<String> findAchievementTitles(Country country);

	// Native: organisations and partner requests belong to features that depend on this
	// one.
	@Query(value = "select o.name from organisation o where o.country_id = :countryId order by o.name",
			nativeQuery = true)
	List<String> findOrganisationNames(long countryId);

	@Query(value = """
			select coalesce(r.title_en, r.title_zh) from partner_request r
			join partner_request_country x on x.partner_request_id = r.id
			where x.country_id = :countryId order by r.id""", nativeQuery = true)
	List<String> findPartnerRequestTitles(long countryId);

	Country save(Country country);

	/** Every country, for the editors' list. */
	List<Country> findAllBy();

	void delete(Country country);

	@Query("""
			select new eu.clusterportal.country.CountrySummary(c.slug, c.name, c.isoCode,
			    case when c.introduction is not null then true else false end,
			    (select count(p) from Partnership p join p.targetCountries t where t = c))
			from Country c
			order by c.name""")
	List<CountrySummary> findSummaries();

	/**
	 * The countries a sector concerns: those of its clusters and those its partnerships
	 * target. A section's code also matches its divisions.
	 */
	@Query("""
			select c from Country c
			where exists (select 1 from Cluster cl join cl.sectors s left join s.parent sp
			              where cl.country = c and (s.code = :code or sp.code = :code))
			   or exists (select 1 from Partnership p join p.targetCountries t join p.sectors s left join s.parent sp
			              where t = c and (s.code = :code or sp.code = :code))
			order by c.name""")
	List<Country> findConcerningSector(String code);

	/**
	 * The countries a technology field concerns, as {@link #findConcerningSector} for
	 * sectors.
	 */
	@Query("""
			select c from Country c
			where exists (select 1 from Cluster cl join cl.technologyFields f left join f.parent fp
			              where cl.country = c and (f.code = :code or fp.code = :code))
			   or exists (select 1 from Partnership p join p.targetCountries t join p.technologyFields f
			              left join f.parent fp
			              where t = c and (f.code = :code or fp.code = :code))
			order by c.name""")
	List<Country> findConcerningTechnologyField(String code);

	/**
	 * The countries with a profile first, then those that most partnerships target, with
	 * their numbers of partnerships and clusters. Each count is one grouped pass over its
	 * table rather than a count per country.
	 */
	@Query("""
			select new eu.clusterportal.country.CountryAtAGlance(c.slug, c.name,
			    case when c.introduction is not null then true else false end,
			    coalesce(t.partnerships, 0L), coalesce(k.clusters, 0L), count(*) over (), c.translations, c.isoCode)
			from Country c
			left join (select tc.id as countryId, count(*) as partnerships
			           from Partnership p join p.targetCountries tc group by tc.id) t on t.countryId = c.id
			left join (select cl.country.id as countryId, count(*) as clusters
			           from Cluster cl group by cl.country.id) k on k.countryId = c.id
			order by case when c.introduction is not null then 0 else 1 end, coalesce(t.partnerships, 0L) desc, c.name""")
	List<CountryAtAGlance> findAtAGlance(Limit limit);

	/** A country and one of its sections, {@code null} if it has none. */
	interface CountryWithSection {

		Country getCountry();

		CountrySection getSection();

	}

}
