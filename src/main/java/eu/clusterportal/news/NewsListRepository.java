package eu.clusterportal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.web.FilterOptions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published news as the news list reads it: one page at a time, newest first, in the
 * order of the V6 indexes, so that a page reads its own rows only, however much news
 * there is (the total, for the page links, is counted from an index). Only the conditions
 * a query asks for are in its SQL, so PostgreSQL plans each combination on its own. The
 * search is PostgreSQL's full-text search over title and summary, as the portal's search
 * does it.
 */
@Repository
class NewsListRepository {

	private static final String PUBLISHED = " where n.status = 'PUBLISHED'";

	private static final String ORDER = " order by n.published_on desc, n.id desc";

	// Each step finds the next year with news down the index, so the cost grows with the
	// years listed, not with the news.
	private static final String YEARS = """
			with recursive years (year) as (
				(select extract(year from published_on)::int from news_item
				 where status = 'PUBLISHED' order by published_on desc limit 1)
				union all
				select (select extract(year from n.published_on)::int from news_item n
						where n.status = 'PUBLISHED' and n.published_on < make_date(years.year, 1, 1)
						order by n.published_on desc limit 1)
				from years where years.year is not null
			)
			select year from years where year is not null limit :max""";

	private final JdbcClient jdbc;

	NewsListRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the news the query asks for, with their total, counted only when the
	 * page does not tell it (a first page that is not full tells it).
	 */
	Page<NewsRow> findPage(NewsQuery query, Pageable pageable, Language language) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return PageableExecutionUtils.getPage(
				rows(where, params, pageable.getPageSize(), pageable.getOffset(), language), pageable,
				() -> jdbc.sql("select count(*) from news_item n" + PUBLISHED + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/**
	 * The countries with published news, named in {@code language} and in its order of
	 * names.
	 */
	List<FilterOptions.Option> countries(Language language) {
		List<FilterOptions.Option> countries = jdbc.sql("""
				select c.slug, c.name, c.iso_code, c.translations::text from country c
				where exists (select 1 from news_item n where n.country_id = c.id and n.status = 'PUBLISHED')
				order by c.name, c.slug""")
			.query((rs, row) -> new FilterOptions.Option(rs.getString(1),
					CountryNames
						.text(rs.getString(3), rs.getString(2), TranslationsJson.read(rs.getString(4)), language, false)
						.value()))
			.list();
		return language.isOriginal() ? countries
				: countries.stream().sorted(NameOrder.by(language, FilterOptions.Option::label)).toList();
	}

	/** The years with published news, newest first, at most {@code max} of them. */
	List<Integer> years(int max) {
		return jdbc.sql(YEARS).param("max", max).query(Integer.class).list();
	}

	private List<NewsRow> rows(String where, Map<String, Object> params, int limit, long offset, Language language) {
		return jdbc
			.sql("""
					select n.id, n.title, n.summary, n.published_on, n.channel, c.slug, c.name,
					       n.translations::text, c.translations::text, c.iso_code
					from news_item n join country c on c.id = n.country_id""" + PUBLISHED + where + ORDER
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> row(rs, language))
			.list();
	}

	private static String where(NewsQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (query.country() != null) {
			// The country's id as a value, so that its news is read in index order rather
			// than sorted.
			where.append(" and n.country_id = (select id from country where slug = :country)");
			params.put("country", query.country());
		}
		if (query.year() != null) {
			where.append(" and n.published_on >= :from and n.published_on < :to");
			params.put("from", LocalDate.of(query.year(), 1, 1));
			params.put("to", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (query.channel() != null) {
			where.append(" and n.channel = :channel");
			params.put("channel", query.channel().name());
		}
		if (!query.text().isBlank()) {
			where.append(" and n.search_vector @@ websearch_to_tsquery('english', :text)");
			params.put("text", query.text());
		}
		return where.toString();
	}

	private static NewsRow row(ResultSet rs, Language language) throws SQLException {
		Translations item = TranslationsJson.read(rs.getString(8));
		String summary = rs.getString(3);
		return new NewsRow(rs.getLong(1), item.text("title", rs.getString(2), language, false),
				(summary != null) ? item.text("summary", summary, language, false) : null,
				rs.getObject(4, LocalDate.class), NewsChannel.valueOf(rs.getString(5)), rs.getString(6), CountryNames
					.text(rs.getString(10), rs.getString(7), TranslationsJson.read(rs.getString(9)), language, false));
	}

}
