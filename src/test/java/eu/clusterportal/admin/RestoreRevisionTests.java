package eu.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions are counted from 1: restoring revision 0 or a negative one of an existing
 * item finds nothing (404), for every kind, a country and a country's section.
 */
@PortalIntegrationTest
@Transactional
class RestoreRevisionTests {

	/** Each kind's editing path and table. */
	static final Map<String, String> KINDS = Map.of("/admin/regions", "region", "/admin/clusters", "cluster",
			"/admin/partnerships", "partnership", "/admin/sectors", "sector", "/admin/technology-fields",
			"technology_field", "/admin/news", "news_item", "/admin/events", "event", "/admin/achievements",
			"achievement", "/admin/documents", "document");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void addANewsItemAndAnEvent() {
		long china = jdbc.sql("select id from country where slug = 'china'").query(Long.class).single();
		jdbc.sql("insert into news_item (country_id, channel, title, published_on) values (?, 'COUNTRY', 'N', now())")
			.param(china)
			.update();
		jdbc.sql("insert into event (country_id, title, starts_on) values (?, 'E', now())").param(china).update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "-9223372036854775808" })
	void aRevisionBelowOneIsNotFound(String revision) throws Exception {
		List<String> items = new ArrayList<>(
				List.of("/admin/countries/china", "/admin/countries/china/sections/cooperation-opportunities"));
		KINDS.forEach((path, table) -> items
			.add(path + "/" + jdbc.sql("select min(id) from " + table).query(Long.class).single()));
		Map<String, Integer> answers = new TreeMap<>();
		for (String item : items) {
			String restore = item + "/history/" + revision + "/restore";
			answers.put(restore,
					mvc.perform(post(restore).with(WebPages.editor("eda@example.eu")).with(csrf()))
						.andReturn()
						.getResponse()
						.getStatus());
		}
		assertThat(answers).hasSize(11).allSatisfy((restore, status) -> assertThat(status).as(restore).isEqualTo(404));
	}

}
