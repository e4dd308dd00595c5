package eu.clusterportal.profile;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import javax.sql.DataSource;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.directory.PartnershipSort;
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
 * prints the statements, the size and the p50/p99 of the timed renders after a warm-up,
 * of loading the page's data alone, and of the CPU time of the thread that renders (which
 * leaves out the database's time and any wait for a busy machine's cores).
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

	@Autowired
	CountryProfileService profiles;

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
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] pageNanos = new long[renders];
		long[] pageCpuNanos = new long[renders];
		long[] loadNanos = new long[renders];
		for (int i = 0; i < renders; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			mvc.perform(get(PAGE)).andExpect(status().isOk());
			pageCpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
			pageNanos[i] = System.nanoTime() - start;
			start = System.nanoTime();
			profiles.find("china", PartnershipSort.fromParameter("smes,desc"), ClusterGrouping.REGION, false);
			loadNanos[i] = System.nanoTime() - start;
		}
		System.out.printf(
				"China page at 100x: %d statements, %d bytes, %d renders: p50 %s ms, p99 %s ms"
						+ " (of which loading p50 %s ms, p99 %s ms); the request thread's CPU p50 %s ms, p99 %s ms%n",
				pages.statementsFor(get(PAGE)), bytes, renders, percentile(pageNanos, 50), percentile(pageNanos, 99),
				percentile(loadNanos, 50), percentile(loadNanos, 99), percentile(pageCpuNanos, 50),
				percentile(pageCpuNanos, 99));
	}

	private static String percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("%.1f", sorted[(int) Math.ceil(sorted.length * percent / 100.0) - 1] / 1e6);
	}

}
