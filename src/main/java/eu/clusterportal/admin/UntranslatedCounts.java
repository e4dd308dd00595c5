package eu.clusterportal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many items of each kind have no published Chinese translation (none, or a draft),
 * for the admin home page, in one statement.
 */
@Repository
class UntranslatedCounts {

	/**
	 * The tables by the path segment of their editors' list; a country's sections count
	 * with the countries, whose list leads to them.
	 */
	private static final List<Map.Entry<String, String>> TABLES = List.of(Map.entry("countries", "country"),
			Map.entry("countries", "country_section"), Map.entry("regions", "region"), Map.entry("clusters", "cluster"),
			Map.entry("partnerships", "partnership"), Map.entry("organisations", "organisation"),
			Map.entry("news", "news_item"), Map.entry("documents", "document"), Map.entry("events", "event"),
			Map.entry("achievements", "achievement"), Map.entry("sectors", "sector"),
			Map.entry("technology-fields", "technology_field"));

	private final JdbcClient jdbc;

	UntranslatedCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts by the path segment of each kind's list, e.g. {@code clusters}. */
	Map<String, Long> byKind() {
		StringBuilder sql = new StringBuilder();
		TABLES.forEach((table) -> {
			if (!sql.isEmpty()) {
				sql.append(" union all ");
			}
			sql.append("select '")
				.append(table.getKey())
				.append("' as kind, count(*) as untranslated from ")
				.append(table.getValue())
				.append(" where coalesce(translations #>> '{zh-Hans,status}', '') <> 'PUBLISHED'");
		});
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql(sql.toString()).query((row) -> {
			counts.merge(row.getString("kind"), row.getLong("untranslated"), Long::sum);
		});
		return counts;
	}

}
