package eu.clusterportal.content;

import java.util.Collection;
import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.repository.Repository;

public interface DocumentRepository extends Repository<Document, Long> {

	List<Document> findByCountryAndStatusInOrderByKindAscTitleAsc(Country country,
			Collection<PublicationStatus> statuses);

}
