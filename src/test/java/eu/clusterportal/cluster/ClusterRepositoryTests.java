package eu.clusterportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class ClusterRepositoryTests {

	@Autowired
	ClusterRepository clusters;

	@Autowired
	RegionRepository regions;

	@Autowired
	CountryRepository countries;

	@Test
	void findsTheRegionsInTheirOrder() {
		assertThat(regions.findByCountryOrderByPosition(china())).extracting(Region::getName)
			.containsExactly("Pearl River Delta", "Yangtze River Delta", "Beijing-Tianjin-Hebei (Bohai Rim)");
	}

	@Test
	void findsTheClustersWithTheirRegionAndSectors() {
		List<Cluster> found = clusters.findByCountryOrderByName(china());
		assertThat(found).hasSize(11);
		Cluster guangzhou = found.stream().filter((c) -> c.getCity().equals("Guangzhou")).findFirst().orElseThrow();
		assertThat(guangzhou.getRegion().getName()).isEqualTo("Pearl River Delta");
		assertThat(guangzhou.getSectors()).extracting("code").containsExactly("C29");
		assertThat(found).filteredOn((c) -> c.getRegion() == null)
			.extracting(Cluster::getCity)
			.contains("Chongqing", "Chengdu");
	}

	private Country china() {
		return countries.findBySlug("china").orElseThrow();
	}

}
