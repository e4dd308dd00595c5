package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.country.Statistic;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Source;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class CountryRepositoryTests {

	@Autowired
	CountryRepository countries;

	@Test
	void storesKeyFactsAsTypedValues() {
		Country china = countries.findBySlug("china").orElseThrow();
		assertThat(china.getPopulation()).isEqualTo(new Statistic(new BigDecimal("1357000000"), Year.of(2015),
				new Provenance(Source.ORIGINAL_COUNTRY_PAGE,
						"key facts, which write “1,357 trillion”; corrected by the editors to 1.357 billion, "
								+ "as 1,357 is a decimal comma and a trillion people cannot be meant")));
		assertThat(china.getReviewedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(china.getAreaKm2().amount()).isEqualByComparingTo("9597000");
		assertThat(china.getAreaKm2().referenceYear()).isNull();
		assertThat(china.getGdpUsd().amount()).isEqualByComparingTo("20853000000000");
		assertThat(china.getCurrency().getCurrencyCode()).isEqualTo("CNY");
	}

	@Test
	void summarisesCountriesByNameWithTheirPartnershipCounts() {
		assertThat(countries.findSummaries()).startsWith(new CountrySummary("brazil", "Brazil", "BR", false, 1),
				new CountrySummary("canada", "Canada", "CA", false, 2),
				new CountrySummary("china", "China", "CN", true, 12));
	}

	@Test
	void findsNoCountryForAnUnknownSlug() {
		assertThat(countries.findBySlug("narnia")).isEmpty();
	}

}
