package eu.clusterportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.clusterportal.ConnectionPool;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searches outside any test transaction, as visitors make them: each must give its
 * database connection back, or a few of them would take the whole portal down.
 */
@PortalIntegrationTest
class SearchConnectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	DataSource dataSource;

	@Test
	void everyKindOfSearchGivesItsConnectionBack() throws Exception {
		for (String type : types()) {
			mvc.perform(get("/search").param("q", "cluster").param("type", type)).andExpect(status().isOk());
			ConnectionPool.assertIdle(dataSource);
		}
	}

	// Every combination twice: twelve times the pool's ten connections, and a leak in any
	// single combination leaves a connection active.
	@Test
	void manyAnonymousSearchesOfEveryTypeLeaveThePortalHealthy() throws Exception {
		for (int round = 0; round < 2; round++) {
			for (String type : types()) {
				for (String word : List.of("cluster", "china", "automobile", "xylophone")) {
					for (int page = 1; page <= 3; page++) {
						mvc.perform(
								get("/search").param("q", word).param("type", type).param("page", String.valueOf(page)))
							.andExpect(status().isOk());
					}
				}
			}
		}
		ConnectionPool.assertIdle(dataSource);
		assertThat(pages.html("/countries/china").select("main h1").text()).isEqualTo("China");
	}

	// Every group, all groups at once (no type) and a type that names none.
	private static List<String> types() {
		return Stream.concat(Stream.of(SearchType.values()).map(SearchType::parameter), Stream.of("", "bogus"))
			.toList();
	}

}
