package eu.clusterportal.outage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class RelayedDatabaseConfiguration {

	@Bean
	static RelayedDatabase relayedDatabase() {
		return new RelayedDatabase();
	}

}
