package eu.clusterportal.cluster;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ClusterRepository extends Repository<Cluster, Long> {

	@EntityGraph(attributePaths = { "region", "sectors", "sectors.parent" })
	List<Cluster> findByCountryOrderByName(Country country);

	/** The clusters in a sector; a section's code also matches its divisions. */
	@Query("""
			select c from Cluster c
			where exists (select 1 from c.sectors s left join s.parent sp where s.code = :code or sp.code = :code)
			order by c.name""")
	List<Cluster> findInSector(String code);

	/** The clusters in a technology field; a section's code also matches its classes. */
	@Query("""
			select c from Cluster c
			where exists (select 1 from c.technologyFields t left join t.parent tp where t.code = :code or tp.code = :code)
			order by c.name""")
	List<Cluster> findInTechnologyField(String code);

}
