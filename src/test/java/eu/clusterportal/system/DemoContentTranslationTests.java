package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.ibm.icu.util.ULocale;
import eu.clusterportal.PortalIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo content comes in Chinese as well: every text of every demo row has a published
 * Chinese translation, which keeps the Markdown of the English and the editors' history
 * has it from the first revision. Read from a schema of its own, so that no other test's
 * edits count.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContentTranslationTests {

	private static final String SCHEMA = "translated_demo";

	// Per table, the translation's key of each English text column (editorial fields).
	// Partnership names are proper names and stay in English.
	private static final Map<String, Map<String, String>> TEXTS = Map.of("country",
			Map.of("name", "name", "introduction", "introduction", "capital", "capital", "capitalSource.detail",
					"capital_source_detail", "currencySource.detail", "currency_source_detail",
					"population.source.detail", "population_source_detail", "areaKm2.source.detail",
					"area_source_detail", "gdpUsd.source.detail", "gdp_source_detail", "gdpPerCapitaUsd.source.detail",
					"gdp_per_capita_source_detail"),
			"country_section", Map.of("lead", "lead", "body", "body"), "region",
			Map.of("name", "name", "description", "description"), "cluster",
			Map.of("name", "name", "city", "city", "description", "description", "locationSource.detail",
					"location_source_detail", "sectorsSource.detail", "sectors_source_detail",
					"technologyFieldsSource.detail", "technology_fields_source_detail"),
			"partnership",
			Map.of("description", "description", "descriptionSource.detail", "description_source_detail",
					"figuresSource.detail", "figures_source_detail", "technologyFieldsSource.detail",
					"technology_fields_source_detail", "sectorsSource.detail", "sectors_source_detail",
					"targetCountriesSource.detail", "target_countries_source_detail"),
			"sector", Map.of("name", "name"), "technology_field", Map.of("name", "name"), "news_item",
			Map.of("title", "title", "summary", "summary"), "event",
			Map.of("title", "title", "summary", "summary", "location", "location"), "document",
			Map.of("title", "title", "summary", "summary"));

	private static final Map<String, String> ACHIEVEMENT_TEXTS = Map.of("title", "title", "summary", "summary",
			"source.detail", "source_detail");

	private static final List<String> AUDITED = List.of("country", "region", "cluster", "partnership", "sector",
			"technology_field");

	// ASCII punctuation touching a Chinese character: a Chinese sentence takes the
	// full-width forms.
	private static final Pattern HALF_WIDTH_IN_CHINESE = Pattern.compile("\\p{IsHan}[,.;:!?()]|[,;:!?()]\\p{IsHan}");

	// The elements Markdown renders, in order: headings, paragraphs, lists, emphasis,
	// links.
	private static final Pattern RENDERED_STRUCTURE = Pattern.compile("<(h\\d|p|ul|ol|li|strong|em|a)\\b");

	@Autowired
	JdbcConnectionDetails database;

	private JdbcTemplate jdbc;

	/** Migrates a schema of its own and loads the demo content into it, once. */
	@BeforeAll
	void loadTheDemoContent() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
			.withUserConfiguration(DemoContentLoader.class)
			.withPropertyValues("spring.datasource.url=" + database.getJdbcUrl(),
					"spring.datasource.username=" + database.getUsername(),
					"spring.datasource.password=" + database.getPassword(), "spring.flyway.schemas=" + SCHEMA,
					"spring.flyway.create-schemas=true", "portal.demo-content=true")
			.run((context) -> assertThat(context).hasNotFailed());
		String url = database.getJdbcUrl();
		jdbc = new JdbcTemplate(
				new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
						database.getUsername(), database.getPassword()));
	}

	@AfterAll
	void dropTheSchema() {
		jdbc.execute("drop schema " + SCHEMA + " cascade");
	}

	@Test
	void everyTextOfTheDemoHasAPublishedChineseTranslation() {
		tables().forEach((table,
				fields) -> fields.forEach((field, column) -> assertThat(jdbc.queryForList("""
						select id from %s
						where nullif(btrim(%s), '') is not null
						  and (translations #>> '{zh-Hans,status}' is distinct from 'PUBLISHED'
						       or nullif(btrim(translations #>> '{zh-Hans,texts,%s}'), '') is null)
						""".formatted(table, column, field), Long.class))
					.as("%s rows without a published Chinese %s", table, field)
					.isEmpty()));
		assertThat(jdbc.queryForObject(
				"select count(*) from partnership where translations #> '{zh-Hans,texts,name}' is not null",
				Integer.class))
			.as("partnership names stay in English")
			.isZero();
	}

	@Test
	void theChinaPageReadsInChinese() {
		Map<String, Object> economy = jdbc.queryForMap(
				"""
						select s.translations #>> '{zh-Hans,texts,lead}' as lead, s.translations #>> '{zh-Hans,texts,body}' as body
						from country_section s join country c on c.id = s.country_id
						where c.slug = 'china' and s.topic = 'ECONOMIC_CONTEXT'
						""");
		assertThat((String) economy.get("lead")).startsWith("1978年，中国开始由计划经济转向市场经济");
		assertThat((String) economy.get("body")).contains("### 概述", "《**中国制造2025**》");
		assertThat(jdbc.queryForMap("""
				select translations #>> '{zh-Hans,texts,name}' as name, translations #>> '{zh-Hans,texts,city}' as city
				from cluster where slug = 'zhongguancun-science-park'
				""")).containsEntry("name", "中关村科技园区").containsEntry("city", "北京");
		assertThat(jdbc.queryForObject("select translations #>> '{zh-Hans,texts,name}' from sector where code = 'C29'",
				String.class))
			.isEqualTo("汽车、挂车和半挂车制造");
	}

	// CommonMark opens and closes ** next to Chinese punctuation only on one side of it:
	// "**《中国制造2025》**" after a Chinese character would show its asterisks.
	@Test
	void theChineseSectionsRenderAsTheEnglishDo() {
		MarkdownRenderer markdown = new MarkdownRenderer();
		jdbc.queryForList("select topic, body, translations #>> '{zh-Hans,texts,body}' as zh from country_section")
			.forEach((section) -> {
				String chinese = markdown.toHtml((String) section.get("zh"));
				assertThat(structure(chinese)).as("rendered %s", section.get("topic"))
					.isEqualTo(structure(markdown.toHtml((String) section.get("body"))));
				assertThat(chinese).as("rendered %s", section.get("topic")).doesNotContain("**");
			});
	}

	@Test
	void chineseSentencesUseFullWidthPunctuation() {
		List<String> halfWidth = new ArrayList<>();
		tables().forEach((table, fields) -> fields.keySet()
			.forEach((field) -> jdbc
				.queryForList("select translations #>> '{zh-Hans,texts,%s}' from %s".formatted(field, table),
						String.class)
				.stream()
				.filter(Objects::nonNull)
				.forEach((text) -> HALF_WIDTH_IN_CHINESE.matcher(text)
					.results()
					.forEach((match) -> halfWidth.add(table + "." + field + ": " + text
						.substring(Math.max(0, match.start() - 8), Math.min(text.length(), match.end() + 8)))))));
		assertThat(halfWidth).isEmpty();
	}

	@Test
	void countriesAreNamedAsCldrNamesThemInChinese() {
		ULocale chinese = ULocale.forLanguageTag("zh-Hans");
		jdbc.queryForList("select iso_code, translations #>> '{zh-Hans,texts,name}' as name from country")
			.forEach((country) -> assertThat(country.get("name")).as("%s", country.get("iso_code"))
				.isEqualTo(new ULocale("", (String) country.get("iso_code")).getDisplayCountry(chinese)));
	}

	@Test
	void theEditorsHistoryHasTheTranslationsFromTheFirstRevision() {
		AUDITED.forEach((table) -> assertThat(jdbc.queryForList("""
				select t.id from %1$s t join %1$s_aud a on a.id = t.id
				where a.rev = (select max(rev) from %1$s_aud where id = t.id)
				  and a.translations is distinct from t.translations
				""".formatted(table), Long.class)).as("%s history", table).isEmpty());
		assertThat(jdbc.queryForObject(
				"select count(*) from cluster_aud where translations #>> '{zh-Hans,status}' = 'PUBLISHED'",
				Integer.class))
			.isEqualTo(11);
	}

	private static Map<String, Map<String, String>> tables() {
		Map<String, Map<String, String>> tables = new TreeMap<>(TEXTS);
		tables.put("achievement", ACHIEVEMENT_TEXTS);
		return tables;
	}

	private static List<String> structure(String html) {
		return RENDERED_STRUCTURE.matcher(html).results().map((match) -> match.group(1)).toList();
	}

}
