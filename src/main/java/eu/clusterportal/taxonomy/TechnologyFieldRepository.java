package eu.clusterportal.taxonomy;

import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface TechnologyFieldRepository extends Repository<TechnologyField, Long> {

	Optional<TechnologyField> findByCode(String code);

}
