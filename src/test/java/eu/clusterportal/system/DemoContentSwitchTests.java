package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.country.CountryRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A production deployment switches the demo content off with one setting, and an existing
 * database starts with the setting either way.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.demo-content=false", "portal.operator.name=Cluster Agency",
		"portal.operator.address=1 Rue de la Loi, 1000 Brussels", "portal.contact.email=portal@agency.eu" })
class DemoContentSwitchTests {

	// The restarts migrate a schema of their own, so that the portal's stays without
	// content.
	private static final String RESTARTED_SCHEMA = "restarted";

	private static final String GUARDED_SCHEMA = "guarded";

	@Autowired
	Flyway flyway;

	@Autowired
	CountryRepository countries;

	@Autowired
	WebPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void appliesTheSchemaWithoutTheDemoContent() {
		assertThat(flyway.info().applied()).extracting(MigrationInfo::getScript)
			.isNotEmpty()
			.allMatch((script) -> !script.contains("demo"));
		assertThat(countries.findSummaries()).isEmpty();
	}

	@Test
	void thePublicPagesAnswerWithoutContent() throws Exception {
		for (String page : new String[] { "/", "/countries", "/clusters", "/partnerships", "/events",
				"/search?q=china" }) {
			pages.html(page);
		}
		mvc.perform(get("/sitemap.xml")).andExpect(status().isOk());
	}

	@Test
	void theDemoContentIsLoadedOnceWhenSwitchedOnAndKeptWhenSwitchedOff() {
		Map<String, String> empty = startWithDemoContent(RESTARTED_SCHEMA, false);
		assertThat(empty).containsEntry("country", "0 rows").containsEntry("revision", "0 rows");

		Map<String, String> withDemo = startWithDemoContent(RESTARTED_SCHEMA, true);
		assertThat(withDemo).doesNotContainEntry("country", "0 rows")
			.doesNotContainEntry("cluster", "0 rows")
			.doesNotContainEntry("partnership", "0 rows")
			.doesNotContainEntry("country_aud", "0 rows");

		assertThat(startWithDemoContent(RESTARTED_SCHEMA, false)).isEqualTo(withDemo);
		assertThat(startWithDemoContent(RESTARTED_SCHEMA, true)).isEqualTo(withDemo);
	}

	// Each kind of content on its own keeps the demo out. The schema is migrated once
	// (later starts find it migrated) and emptied again after each row.
	@ParameterizedTest
	@ValueSource(strings = { "revision (timestamp) values (1)", "country (slug, name) values ('peru', 'Peru')",
			"sector (code, name) values ('Z', 'Other')", "technology_field (code, name) values ('Z', 'Other')",
			"partnership (acronym, name) values ('OWN', 'Own partnership')" })
	void theDemoContentIsNotLoadedIntoADatabaseWithContent(String row) {
		Map<String, String> empty = startWithDemoContent(GUARDED_SCHEMA, false);
		assertThat(empty).allSatisfy((table, content) -> assertThat(content).as(table).isEqualTo("0 rows"));
		String table = GUARDED_SCHEMA + "." + row.substring(0, row.indexOf(' '));
		try {
			jdbc.execute("insert into " + GUARDED_SCHEMA + "." + row);
			Map<String, String> before = contentOfEachTable(jdbc, GUARDED_SCHEMA);

			assertThat(startWithDemoContent(GUARDED_SCHEMA, true)).isEqualTo(before);
		}
		finally {
			jdbc.execute("delete from " + table);
		}
	}

	/** Starts the database part of the portal and reads each table's rows. */
	private Map<String, String> startWithDemoContent(String schema, boolean demoContent) {
		AtomicReference<Map<String, String>> tables = new AtomicReference<>();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
			.withUserConfiguration(DemoContentLoader.class)
			.withPropertyValues("spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + database.getPassword(), "spring.flyway.schemas=" + schema,
					"spring.flyway.create-schemas=true", "portal.demo-content=" + demoContent)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				tables.set(contentOfEachTable(new JdbcTemplate(context.getBean(DataSource.class)), schema));
			});
		return tables.get();
	}

	/** Each table's row count and a digest of its rows, so that any change shows. */
	private static Map<String, String> contentOfEachTable(JdbcTemplate jdbc, String schema) {
		Map<String, String> content = new TreeMap<>();
		jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = ? and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
				""", String.class, schema).forEach((table) -> content.put(table, jdbc.queryForObject("""
				select count(*) || ' rows ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '')
				from %s.%s t""".formatted(schema, table), String.class).trim()));
		return content;
	}

}
