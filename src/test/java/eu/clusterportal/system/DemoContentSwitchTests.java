package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterportal.TestDatabaseConfiguration;
import eu.clusterportal.country.CountryRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A production deployment switches the demo content off with one setting. */
@SpringBootTest(properties = "portal.demo-content=false")
@Import(TestDatabaseConfiguration.class)
class DemoContentSwitchTests {

	@Autowired
	Flyway flyway;

	@Autowired
	CountryRepository countries;

	@Test
	void appliesTheSchemaWithoutTheDemoContent() {
		assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
			.isNotEmpty()
			.allMatch((script) -> !script.contains("demo"));
		assertThat(countries.findSummaries()).isEmpty();
	}

}
