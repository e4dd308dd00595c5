package eu.clusterportal;

import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import eu.clusterportal.cache.ContentCaches;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For test classes whose tests commit: after each test, every table of the portal's
 * schema holds again exactly the rows it held before the first such test ran on the
 * database, so no test has to list what it added, changed or removed. Sequences go on
 * counting.
 * <p>
 * The snapshot is taken once per database, as copies of the tables in a schema of its
 * own, beside a function that empties each table and copies its rows back; foreign keys
 * are not checked while it runs (which needs a superuser, as the tests' database user
 * is), since what it restores is consistent as a whole. The portal's caches are cleared
 * after it.
 */
public final class DatabaseSnapshot implements BeforeEachCallback, AfterEachCallback {

	private static final String SCHEMA = "test_snapshot";

	private static final String RESTORE = SCHEMA + ".restore()";

	@Override
	public void beforeEach(ExtensionContext context) {
		takeOnce(jdbc(context));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		restore(jdbc(context));
		// the restore is plain SQL, which no cache hears of
		SpringExtension.getApplicationContext(context)
			.getBeanProvider(ContentCaches.class)
			.ifAvailable(ContentCaches::clear);
	}

	static void takeOnce(JdbcTemplate jdbc) {
		if (!jdbc.queryForObject("select to_regprocedure(?) is not null", Boolean.class, RESTORE)) {
			take(jdbc);
		}
	}

	static void restore(JdbcTemplate jdbc) {
		jdbc.execute("select " + RESTORE);
	}

	private static void take(JdbcTemplate jdbc) {
		String schema = jdbc.queryForObject("select current_schema()", String.class);
		// Generated columns (the search vectors) are computed again, never copied.
		List<Table> tables = jdbc.query("""
				select c.table_name, string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
				from information_schema.columns c
				join information_schema.tables t using (table_schema, table_name)
				where c.table_schema = ? and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
				    and c.table_name <> 'flyway_schema_history'
				group by c.table_name
				""", (row, i) -> new Table(schema, row.getString(1), row.getString(2)), schema);
		StringBuilder script = new StringBuilder("create schema " + SCHEMA + ";\n");
		tables.forEach((table) -> script.append("create table ")
			.append(table.copy())
			.append(" as table ")
			.append(table.original())
			.append(";\n"));
		script.append("create function ")
			.append(RESTORE)
			.append(" returns void language sql set session_replication_role = replica as $$\n")
			.append(tables.stream().map(Table::restore).collect(Collectors.joining()))
			.append("$$;\n");
		jdbc.execute(script.toString());
	}

	private static JdbcTemplate jdbc(ExtensionContext context) {
		return new JdbcTemplate(SpringExtension.getApplicationContext(context).getBean(DataSource.class));
	}

	private record Table(String schema, String name, String columns) {

		String original() {
			return "\"" + schema + "\".\"" + name + "\"";
		}

		String copy() {
			return SCHEMA + ".\"" + name + "\"";
		}

		String restore() {
			return "delete from " + original() + ";\ninsert into " + original() + " (" + columns
					+ ") overriding system value select " + columns + " from " + copy() + ";\n";
		}

	}

}
