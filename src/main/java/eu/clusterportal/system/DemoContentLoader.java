package eu.clusterportal.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo content (the China profile from the seed documents, its Chinese
 * translation, then the organisations of the briefing's annex) after Flyway has migrated
 * the schema, into a database that has no content yet. The content is data, not a
 * migration, so the same database starts with {@code portal.demo-content} on or off: off
 * leaves what is there, on adds the demo once. A production deployment sets it to false.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-content", matchIfMissing = true)
class DemoContentLoader implements Callback {

	// Every demo row is, or belongs to, a country, a taxonomy term or a partnership, and
	// every saved change leaves a revision: without either, the demo can neither clash
	// nor come twice.
	private static final String NO_CONTENT_YET = """
			select not exists (select 1 from revision)
			   and not exists (select 1 from country)
			   and not exists (select 1 from sector)
			   and not exists (select 1 from technology_field)
			   and not exists (select 1 from partnership)
			""";

	private final List<Resource> scripts;

	DemoContentLoader(@Value("classpath:db/demo/china.sql") Resource content,
			@Value("classpath:db/demo/china-zh.sql") Resource translations,
			@Value("classpath:db/demo/organisations.sql") Resource organisations) {
		this.scripts = List.of(content, translations, organisations);
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		SingleConnectionDataSource flywayConnection = new SingleConnectionDataSource(context.getConnection(), true);
		JdbcTemplate jdbc = new JdbcTemplate(flywayConnection);
		new TransactionTemplate(new DataSourceTransactionManager(flywayConnection)).executeWithoutResult((status) -> {
			// instances starting at once on an empty database take turns; the second
			// finds content
			jdbc.execute("select pg_advisory_xact_lock(hashtext('portal demo content'))");
			if (Boolean.TRUE.equals(jdbc.queryForObject(NO_CONTENT_YET, Boolean.class))) {
				// one string that PgJDBC splits; ScriptUtils would split inside $txt$
				// quotes
				this.scripts.forEach((script) -> jdbc.execute(sql(script)));
			}
		});
	}

	private static String sql(Resource script) {
		try {
			return script.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the demo content " + script, ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "demo content";
	}

}
