package eu.clusterportal.taxonomy;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface SectorRepository extends Repository<Sector, Long> {

	Optional<Sector> findByCode(String code);

}
