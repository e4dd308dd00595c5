package eu.clusterportal.site;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of every page a search engine should know about, read with a cursor, so a
 * sitemap of any size holds one batch of rows in memory.
 */
@Repository
class SitemapRepository {

	/**
	 * A page: its kind ({@code country}, {@code cluster}, ...) and its slug, acronym or
	 * code.
	 */
	record PageKey(String kind, String key) {
	}

	// Rows fetched at a time; PostgreSQL uses a cursor only inside a transaction.
	private static final int FETCH_SIZE = 1000;

	private static final String PAGES = """
			select 'country' as kind, slug as key from country
			union all select 'cluster', slug from cluster
			union all select 'partnership', acronym from partnership
			union all select 'organisation', slug from organisation where status = 'PUBLISHED'
			union all select 'sector', code from sector
			union all select 'technology-field', code from technology_field
			union all select 'news', id::text from news_item where status = 'PUBLISHED'
			union all select 'request', id::text from partner_request where status = 'PUBLISHED'""";

	private final JdbcClient jdbc;

	SitemapRepository(JdbcTemplate jdbc) {
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(cursor);
	}

	long count() {
		return jdbc
			.sql("""
					select (select count(*) from country) + (select count(*) from cluster)
						+ (select count(*) from partnership) + (select count(*) from organisation where status = 'PUBLISHED')
						+ (select count(*) from sector)
						+ (select count(*) from technology_field)
						+ (select count(*) from news_item where status = 'PUBLISHED')
						+ (select count(*) from partner_request where status = 'PUBLISHED')""")
			.query(Long.class)
			.single();
	}

	/**
	 * Hands the pages to the consumer in a fixed order (by kind, then key), from the
	 * given position on, at most {@code limit} of them.
	 */
	@Transactional(readOnly = true)
	void forEach(long offset, long limit, Consumer<PageKey> consumer) {
		jdbc.sql(PAGES + " order by 1, 2 offset :offset limit :limit")
			.param("offset", offset)
			.param("limit", limit)
			.query((RowCallbackHandler) (rs) -> consumer.accept(new PageKey(rs.getString(1), rs.getString(2))));
	}

}
