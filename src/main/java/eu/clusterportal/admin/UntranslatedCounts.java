package eu.clusterportal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many items of each kind have no published Chinese translation (none, or a draft),
 * for the admin home page, in one statement.
 */
@Repository
class UntranslatedCounts {

	/** The tables by the path segment of their editors' list. */
	private static final Map<String, String> TABLES = tables();

	private final JdbcClient jdbc;

	UntranslatedCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts by the path segment of each kind's list, e.g. {@code clusters}. */
	Map<String, Long> byKind() {
		StringBuilder sql = new StringBuilder();
		TABLES.forEach((kind, table) -> {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			sql.append("select '")
				.append(kind)
				.append("' as kind, count(*) as untranslated from ")
				.append(table)
				.append(" where coalesce(translations #>> '{zh-Hans,status}', '') <> 'PUBLISHED'");
		});
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).query((row) -> {
			counts.put(row.getString("kind"), row.getLong("untranslated"));
		});
		return counts;
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("countries", "country");
		tables.put("sections", "country_section");
		tables.put("regions", "region");
		tables.put("clusters", "cluster");
		tables.put("partnerships", "partnership");
		tables.put("news", "news_item");
		tables.put("documents", "document");
		tables.put("events", "event");
		tables.put("achievements", "achievement");
		tables.put("sectors", "sector");
		tables.put("technology-fields", "technology_field");
		return tables;
	}

}
