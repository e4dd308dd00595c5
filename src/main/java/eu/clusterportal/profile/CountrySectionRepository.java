package eu.clusterportal.profile;

import java.util.List;

import eu.clusterportal.country.Country;
import org.springframework.data.repository.Repository;

public interface CountrySectionRepository extends Repository<CountrySection, Long> {

	List<CountrySection> findByCountry(Country country);

}
