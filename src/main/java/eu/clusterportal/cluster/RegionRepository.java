package eu.clusterportal.cluster;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.repository.Repository;

public interface RegionRepository extends Repository<Region, Long> {

	List<Region> findByCountryOrderByPosition(Country country);

}
