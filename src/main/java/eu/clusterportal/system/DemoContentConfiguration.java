package eu.clusterportal.system;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the demo content (the China profile from the seed documents) to the database
 * migrations. A production deployment sets {@code portal.demo-content=false}; the schema
 * never depends on the demo content.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "portal.demo-content", matchIfMissing = true)
class DemoContentConfiguration {

	static final String LOCATION = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoContentLocation() {
		return (configuration) -> configuration.locations(Stream
			.concat(Arrays.stream(configuration.getLocations()).map(Location::getDescriptor), Stream.of(LOCATION))
			.toArray(String[]::new));
	}

}
