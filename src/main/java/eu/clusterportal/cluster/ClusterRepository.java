package eu.clusterportal.cluster;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface ClusterRepository extends Repository<Cluster, Long> {

	@EntityGraph(attributePaths = { "region", "sectors", "sectors.parent" })
	List<Cluster> findByCountryOrderByName(Country country);

}
