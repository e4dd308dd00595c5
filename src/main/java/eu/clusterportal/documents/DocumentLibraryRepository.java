package eu.clusterportal.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.FileSize;
import eu.clusterportal.content.PublicationDate;
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
 * The published documents as the document library reads them: one page at a time, newest
 * first, in the order of the V6 indexes, so that a page reads its own rows only, however
 * many documents there are (the total, for the page links, is counted from an index). A
 * document of which only the year is known counts as published on 1 January of that year;
 * one without a date comes last. Only the conditions a query asks for are in its SQL. The
 * search is PostgreSQL's full-text search over title and description, as the portal's
 * search does it.
 */
@Repository
class DocumentLibraryRepository {

	/** The date a document sorts by; the V6 indexes hold the same expression. */
	private static final String DATE = "coalesce(d.published_on, make_date(d.published_year, 1, 1))";

	private static final String FROM = "from document d join country c on c.id = d.country_id";

	private static final String PUBLISHED = " where d.status = 'PUBLISHED'";

	private static final String ORDER = " order by " + DATE + " desc nulls last, d.id desc";

	// Each step finds the next year with documents down the index, so the cost grows with
	// the years listed, not with the documents.
	private static final String YEARS = """
			with recursive years (year) as (
				(select extract(year from %1$s)::int from document d
				 where d.status = 'PUBLISHED' and %1$s is not null order by %1$s desc nulls last limit 1)
				union all
				select (select extract(year from %1$s)::int from document d
						where d.status = 'PUBLISHED' and %1$s < make_date(years.year, 1, 1)
						order by %1$s desc nulls last limit 1)
				from years where years.year is not null
			)
			select year from years where year is not null limit :max""".formatted(DATE);

	private final JdbcClient jdbc;

	DocumentLibraryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the documents the query asks for, with their total, counted only when
	 * the page does not tell it (a first page that is not full tells it).
	 */
	Page<DocumentRow> findPage(DocumentQuery query, Pageable pageable, Language language) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		return PageableExecutionUtils.getPage(
				rows(where, params, pageable.getPageSize(), pageable.getOffset(), language), pageable,
				() -> jdbc.sql("select count(*) from document d" + PUBLISHED + where)
					.params(params)
					.query(Long.class)
					.single());
	}

	/** The newest documents the query asks for, for a feed. */
	List<DocumentRow> findNewest(DocumentQuery query, int limit, Language language) {
		Map<String, Object> params = new LinkedHashMap<>();
		return rows(where(query, params), params, limit, 0, language);
	}

	/**
	 * The countries with published documents, named in {@code language} and in its order
	 * of names.
	 */
	List<FilterOptions.Option> countries(Language language) {
		List<FilterOptions.Option> countries = jdbc.sql("""
				select c.slug, c.name, c.iso_code, c.translations::text from country c
				where exists (select 1 from document d where d.country_id = c.id and d.status = 'PUBLISHED')
				order by c.name, c.slug""")
			.query((rs, row) -> new FilterOptions.Option(rs.getString(1),
					CountryNames
						.text(rs.getString(3), rs.getString(2), TranslationsJson.read(rs.getString(4)), language, false)
						.value()))
			.list();
		return language.isOriginal() ? countries
				: countries.stream().sorted(NameOrder.by(language, FilterOptions.Option::label)).toList();
	}

	/** The years with published documents, newest first, at most {@code max} of them. */
	List<Integer> years(int max) {
		return jdbc.sql(YEARS).param("max", max).query(Integer.class).list();
	}

	private List<DocumentRow> rows(String where, Map<String, Object> params, int limit, long offset,
			Language language) {
		return jdbc
			.sql("""
					select d.id, d.title, d.summary, d.kind, d.published_on, d.published_year, d.url, f.file_name,
						f.size_bytes, c.slug, c.name,
						coalesce(%s::timestamp at time zone 'UTC', d.updated_at, d.created_at) as changed,
						d.translations::text, c.translations::text, c.iso_code
					""".formatted(DATE) + FROM + " left join document_file f on f.id = d.file_id" + PUBLISHED + where
					+ ORDER + " limit :limit offset :offset")
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> row(rs, language))
			.list();
	}

	private static String where(DocumentQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder();
		if (query.country() != null) {
			// The country's id as a value, so that its documents are read in index order
			// rather than sorted.
			where.append(" and d.country_id = (select id from country where slug = :country)");
			params.put("country", query.country());
		}
		if (query.kind() != null) {
			where.append(" and d.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.year() != null) {
			where.append(" and ").append(DATE).append(" >= :from and ").append(DATE).append(" < :to");
			params.put("from", LocalDate.of(query.year(), 1, 1));
			params.put("to", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (!query.text().isBlank()) {
			where.append(" and d.search_vector @@ websearch_to_tsquery('english', :text)");
			params.put("text", query.text());
		}
		return where.toString();
	}

	private static DocumentRow row(ResultSet rs, Language language) throws SQLException {
		int year = rs.getInt(6);
		Year publishedYear = rs.wasNull() ? null : Year.of(year);
		long size = rs.getLong(9);
		FileSize fileSize = rs.wasNull() ? null : new FileSize(size);
		Timestamp changed = rs.getTimestamp(12);
		Translations document = TranslationsJson.read(rs.getString(13));
		String summary = rs.getString(3);
		return new DocumentRow(rs.getLong(1), document.text("title", rs.getString(2), language, false),
				(summary != null) ? document.text("summary", summary, language, false) : null,
				DocumentKind.valueOf(rs.getString(4)),
				PublicationDate.of(rs.getObject(5, LocalDate.class), publishedYear), rs.getString(7), rs.getString(8),
				fileSize, rs.getString(10), CountryNames.text(rs.getString(15), rs.getString(11),
						TranslationsJson.read(rs.getString(14)), language, false),
				changed.toInstant());
	}

}
