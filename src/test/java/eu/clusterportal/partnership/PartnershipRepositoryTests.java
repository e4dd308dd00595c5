package eu.clusterportal.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.directory.PartnershipSort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class PartnershipRepositoryTests {

	@Autowired
	PartnershipRepository partnerships;

	@Autowired
	CountryRepository countries;

	@Test
	void findsThePartnershipsTargetingChinaFromBothSeeds() {
		assertThat(acronyms("china", PartnershipSort.DEFAULT)).containsExactly("MAGIA2Market", "NF4", "GIVE", "EnW",
				"eT4S", "AdPack²", "DIA", "EC2i", "ELBE", "FoodNet", "MobiGoIn-Action", "SPACE2IDGO");
	}

	@Test
	void sortsByKnownSmeCountsFirstAndUnknownOnesLastByAcronym() {
		assertThat(acronyms("china", PartnershipSort.fromParameter("smes,asc"))).containsExactly("MAGIA2Market", "NF4",
				"GIVE", "EnW", "eT4S", "AdPack²", "DIA", "EC2i", "ELBE", "FoodNet", "MobiGoIn-Action", "SPACE2IDGO");
	}

	@Test
	void breaksTiesInPartnerCountsByAcronym() {
		assertThat(acronyms("china", PartnershipSort.fromParameter("partners,desc"))).startsWith("GIVE", "EnW", "eT4S",
				"NF4", "MAGIA2Market");
	}

	@Test
	void loadsTheTaxonomyTermsAndTargetsOfEachRow() {
		Country china = countries.findBySlug("china").orElseThrow();
		Partnership enw = partnerships.findTargeting(china, PartnershipSort.DEFAULT.toSort())
			.stream()
			.filter((p) -> p.getAcronym().equals("EnW"))
			.findFirst()
			.orElseThrow();
		assertThat(enw.getSmesInvolved()).isEqualTo(650);
		assertThat(enw.getPartners()).isEqualTo(7);
		assertThat(enw.getTechnologyFields()).singleElement().satisfies((field) -> {
			assertThat(field.getCode()).isEqualTo("E03");
			assertThat(field.getParent().getName()).isEqualTo("Fixed constructions");
		});
		assertThat(enw.getSectors()).extracting("code").containsExactly("E36");
		assertThat(enw.getTargetCountries()).extracting(Country::getName)
			.containsExactly("China", "Colombia", "Mexico", "Morocco", "Peru", "Singapore", "Tunisia", "United States");
	}

	@Test
	void findsThePartnershipsTargetingACountryWithoutProfile() {
		assertThat(acronyms("japan", PartnershipSort.DEFAULT)).containsExactly("MAGIA2Market");
	}

	private List<String> acronyms(String countrySlug, PartnershipSort sort) {
		Country country = countries.findBySlug(countrySlug).orElseThrow();
		return partnerships.findTargeting(country, sort.toSort()).stream().map(Partnership::getAcronym).toList();
	}

}
