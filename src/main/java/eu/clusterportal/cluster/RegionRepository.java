package eu.clusterportal.cluster;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface RegionRepository extends Repository<Region, Long> {

	List<Region> findByCountryOrderByPosition(Country country);

	/** Every region with its country, by country name and then in the country's own order. */
	@EntityGraph(attributePaths = "country")
	List<Region> findAllByOrderByCountryNameAscPositionAsc();

}
