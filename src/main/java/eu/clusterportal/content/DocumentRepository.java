package eu.clusterportal.content;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.repository.Repository;

public interface DocumentRepository extends Repository<Document, Long> {

	List<Document> findByCountryOrderByKindAscTitleAsc(Country country);

}
