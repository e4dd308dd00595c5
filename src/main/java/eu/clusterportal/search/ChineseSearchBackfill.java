package eu.clusterportal.search;

import java.util.List;
import java.util.Map;

import eu.clusterportal.cache.ContentCaches;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes at start-up the {@code search_vector_zh} of rows that have none: rows written
 * before migration V11 and rows written by SQL rather than Hibernate (the demo content),
 * which SQL cannot segment. It reads them a batch at a time and writes each row's vector
 * only while it has none, so a row an editor saved meanwhile keeps the vector its save
 * wrote. A batch is written in one transaction and one round trip: a commit per row made
 * 40,000 rows take 20 s of the start.
 */
final class ChineseSearchBackfill implements ApplicationRunner {

	static final int BATCH = 200;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ContentCaches caches;

	ChineseSearchBackfill(JdbcTemplate jdbc, TransactionTemplate transactions, ContentCaches caches) {
		this.jdbc = jdbc;
		this.transactions = transactions;
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
			// after the last id read, not from the start again: the table is read once
			String select = "select id, " + String.join(", ", index.columns()) + " from " + index.table()
					+ " where search_vector_zh is null and id > ? order by id limit " + BATCH;
			String update = "update " + index.table()
					+ " set search_vector_zh = cast(? as tsvector) where id = ? and search_vector_zh is null";
			Batch batch = new Batch(0, 0, 0);
			do {
				long after = batch.lastId();
				batch = transactions.execute((status) -> fillBatch(index, select, after, update));
				filled += batch.filled();
			}
			while (batch.read() == BATCH);
		}
		return filled;
	}

	private Batch fillBatch(ChineseIndex index, String select, long after, String update) {
		List<Map<String, Object>> rows = jdbc.queryForList(select, after);
		List<Object[]> vectors = rows.stream()
			.map((row) -> new Object[] {
					index.vector((name) -> (row.get(name) != null) ? row.get(name).toString() : null), row.get("id") })
			.toList();
		int filled = 0;
		for (int count : jdbc.batchUpdate(update, vectors)) {
			filled += count;
		}
		long lastId = rows.isEmpty() ? after : ((Number) rows.get(rows.size() - 1).get("id")).longValue();
		return new Batch(rows.size(), filled, lastId);
	}

	private record Batch(int read, int filled, long lastId) {
	}

}
