package eu.clusterportal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CountryRepository extends Repository<Country, Long> {

	Optional<Country> findBySlug(String slug);

	@Query("""
			select new eu.clusterportal.country.CountrySummary(c.slug, c.name,
			    case when c.introduction is not null then true else false end,
			    (select count(p) from Partnership p join p.targetCountries t where t = c))
			from Country c
			order by c.name""")
	List<CountrySummary> findSummaries();

}
