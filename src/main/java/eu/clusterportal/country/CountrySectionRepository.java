package eu.clusterportal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface CountrySectionRepository extends Repository<CountrySection, Long> {

	List<CountrySection> findByCountry(Country country);

	@EntityGraph(attributePaths = "country")
	Optional<CountrySection> findByCountrySlugAndTopic(String countrySlug, SectionTopic topic);

	CountrySection save(CountrySection section);

	/** Every country's sections, for the editors' list of countries. */
	@EntityGraph(attributePaths = "country")
	List<CountrySection> findAllBy();

	void delete(CountrySection section);

}
