package eu.clusterportal.content;

import java.util.Collection;
import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.data.repository.Repository;

public interface AchievementRepository extends Repository<Achievement, Long> {

	List<Achievement> findByCountryAndStatusInOrderByStartDescTitleAsc(Country country,
			Collection<PublicationStatus> statuses);

}
