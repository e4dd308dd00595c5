package eu.clusterportal.site;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys of every page a search engine should know about, in one query. */
@Repository
class SitemapRepository {

	/**
	 * A page: its kind ({@code country}, {@code cluster}, ...) and its slug, acronym or
	 * code.
	 */
	record PageKey(String kind, String key) {
	}

	private final JdbcClient jdbc;

	SitemapRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PageKey> findAll() {
		return jdbc.sql("""
				select 'country' as kind, slug as key from country
				union all select 'cluster', slug from cluster
				union all select 'partnership', acronym from partnership
				union all select 'sector', code from sector
				union all select 'technology-field', code from technology_field
				order by 1, 2""").query(PageKey.class).list();
	}

}
