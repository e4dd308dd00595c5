package eu.clusterportal.content;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.repository.Repository;

public interface AchievementRepository extends Repository<Achievement, Long> {

	List<Achievement> findByCountryOrderByStartDescTitleAsc(Country country);

}
