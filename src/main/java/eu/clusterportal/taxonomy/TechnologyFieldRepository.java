package eu.clusterportal.taxonomy;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface TechnologyFieldRepository extends TaxonomyTermRepository<TechnologyField> {

	@Override
	@Query(value = """
			select new eu.clusterportal.taxonomy.TermUsage(t, p,
			    (select count(c) from Cluster c join c.technologyFields ct where ct = t),
			    (select count(q) from Partnership q join q.technologyFields qt where qt = t))
			from TechnologyField t left join t.parent p
			where lower(t.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(t.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			order by t.code""", countQuery = """
			select count(t) from TechnologyField t
			where lower(t.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(t.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'""")
	Page<TermUsage> findUsage(String text, Pageable pageable);

	@Override
	@Query(value = """
			select new eu.clusterportal.taxonomy.TermUsage(t, p,
			    (select count(c) from Cluster c join c.technologyFields ct where ct = t),
			    (select count(q) from Partnership q join q.technologyFields qt where qt = t))
			from TechnologyField t left join t.parent p
			where (lower(t.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
			    or lower(t.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
			    and coalesce(function('jsonb_extract_path_text', t.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'
			order by t.code""",
			countQuery = """
					select count(t) from TechnologyField t
					where (lower(t.code) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\'
					    or lower(t.name) like lower(concat('%', :#{escape(#text)}, '%')) escape '\\')
					    and coalesce(function('jsonb_extract_path_text', t.translations, 'zh-Hans', 'status'), 'DRAFT') <> 'PUBLISHED'""")
	Page<TermUsage> findUntranslatedUsage(String text, Pageable pageable);

	@Override
	@Query("select c.name from Cluster c join c.technologyFields t where t.id = :termId order by c.name")
	List<String> findClusterNames(long termId);

	@Override
	@Query("select p.acronym from Partnership p join p.technologyFields t where t.id = :termId order by p.acronym")
	List<String> findPartnershipAcronyms(long termId);

	// Native: organisations and partner requests belong to features that depend on this
	// one.
	@Override
	@Query(value = """
			select o.name from organisation o join organisation_technology_field x on x.organisation_id = o.id
			where x.technology_field_id = :termId order by o.name""", nativeQuery = true)
	List<String> findOrganisationNames(long termId);

	@Override
	@Query(value = """
			select coalesce(r.title_en, r.title_zh) from partner_request r
			join partner_request_technology_field x on x.partner_request_id = r.id
			where x.technology_field_id = :termId order by r.id""", nativeQuery = true)
	List<String> findPartnerRequestTitles(long termId);

}
