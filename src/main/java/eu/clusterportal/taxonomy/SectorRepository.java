package eu.clusterportal.taxonomy;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface SectorRepository extends TaxonomyTermRepository<Sector> {

	@Override
	@Query(value = """
			select new eu.clusterportal.taxonomy.TermUsage(s, p,
			    (select count(c) from Cluster c join c.sectors cs where cs = s),
			    (select count(q) from Partnership q join q.sectors qs where qs = s))
			from Sector s left join s.parent p
			where lower(s.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(s.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by s.code""", countQuery = """
			select count(s) from Sector s
			where lower(s.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(s.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'""")
	Page<TermUsage> findUsage(String text, Pageable pageable);

	@Override
	@Query(value = """
			select new eu.clusterportal.taxonomy.TermUsage(s, p,
			    (select count(c) from Cluster c join c.sectors cs where cs = s),
			    (select count(q) from Partnership q join q.sectors qs where qs = s))
			from Sector s left join s.parent p
			where (lower(s.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(s.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', s.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by s.code""",
			countQuery = """
					select count(s) from Sector s
					where (lower(s.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
					    or lower(s.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
					    and coalesce(function('jsonb_extract_path_text', s.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'""")
	Page<TermUsage> findUntranslatedUsage(String text, Pageable pageable);

	@Override
	@Query("select c.name from Cluster c join c.sectors s where s.id = :termId order by c.name")
	List<String> findClusterNames(long termId);

	@Override
	@Query("select p.acronym from Partnership p join p.sectors s where s.id = :termId order by p.acronym")
	List<String> findPartnershipAcronyms(long termId);

	// Native: organisations and partner requests belong to features that depend on this
	// one.
	@Override
	@Query(value = """
			select o.name from organisation o join organisation_sector x on x.organisation_id = o.id
			where x.sector_id = :termId order by o.name""", nativeQuery = true)
	List<String> findOrganisationNames(long termId);

	@Override
	@Query(value = """
			select coalesce(r.title_en, r.title_zh) from partner_request r
			join partner_request_sector x on x.partner_request_id = r.id
			where x.sector_id = :termId order by r.id""", nativeQuery = true)
	List<String> findPartnerRequestTitles(long termId);

}
