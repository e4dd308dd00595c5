package eu.clusterportal.profile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import javax.sql.DataSource;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures, without asserting, how long an uncached render of the China page takes with
 * about 100 times the demo data ({@code scale/hundred-times-demo.sql}): run it with
 * {@code ./mvnw test -Dtest=CountryPageAtScaleMeasurement -Dportal.measure-scale=true}
 * (and {@code -Dportal.measure-scale.renders=N} for fewer or more renders than 50). It
 * prints the statements, the size and the p50/p99 of the timed renders after a warm-up.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
@EnabledIfSystemProperty(named = "portal.measure-scale", matches = "true")
class CountryPageAtScaleMeasurement {

	private static final String PAGE = "/countries/china?sort=smes,desc";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	DataSource dataSource;

	@Test
	void renderTheChinaPageAtHundredTimesTheDemoData() throws Exception {
		new ResourceDatabasePopulator(new ClassPathResource("scale/hundred-times-demo.sql")).execute(dataSource);
		int renders = Integer.getInteger("portal.measure-scale.renders", 50);
		int bytes = 0;
		for (int i = 0; i < Math.max(3, renders / 5); i++) {
			bytes = mvc.perform(get(PAGE))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray().length;
		}
		long[] nanos = new long[renders];
		for (int i = 0; i < renders; i++) {
			long start = System.nanoTime();
			mvc.perform(get(PAGE)).andExpect(status().isOk());
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("China page at 100x: %d statements, %d bytes, %d renders: p50 %.1f ms, p99 %.1f ms%n",
				pages.statementsFor(get(PAGE)), bytes, renders, nanos[renders / 2] / 1e6,
				nanos[(int) Math.ceil(renders * 0.99) - 1] / 1e6);
	}

}
