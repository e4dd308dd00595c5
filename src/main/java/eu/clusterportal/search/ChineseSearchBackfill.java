package eu.clusterportal.search;

import java.util.List;
import java.util.Map;

import eu.clusterportal.cache.ContentCaches;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes at start-up the {@code search_vector_zh} of rows that have none: rows written
 * before migration V11 and rows written by SQL rather than Hibernate (the demo content),
 * which SQL cannot segment. It reads them a batch at a time and writes each row's vector
 * only while it has none, so a row an editor saved meanwhile keeps the vector its save
 * wrote.
 */
final class ChineseSearchBackfill implements ApplicationRunner {

	static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final ContentCaches caches;

	ChineseSearchBackfill(JdbcClient jdbc, ContentCaches caches) {
		this.jdbc = jdbc;
		this.caches = caches;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (fill() > 0) {
			// written with SQL, which no cache hears of
			caches.clear();
		}
	}

	/** Computes the missing vectors; how many rows got one. */
	int fill() {
		int filled = 0;
		for (ChineseIndex index : ChineseIndex.values()) {
			List<String> columns = index.columns();
			String select = "select id, " + String.join(", ", columns) + " from " + index.table()
					+ " where search_vector_zh is null order by id limit " + BATCH;
			List<Map<String, Object>> rows;
			do {
				rows = jdbc.sql(select).query().listOfRows();
				for (Map<String, Object> row : rows) {
					String vector = index.vector((name) -> (row.get(name) != null) ? row.get(name).toString() : null);
					filled += jdbc.sql("update " + index.table()
							+ " set search_vector_zh = cast(:vector as tsvector) where id = :id and search_vector_zh is null")
						.param("vector", vector)
						.param("id", row.get("id"))
						.update();
				}
			}
			while (rows.size() == BATCH);
		}
		return filled;
	}

}
