package eu.clusterportal.search;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.web.WebAddress;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.UriUtils;

/**
 * Full-text search over the portal's content in PostgreSQL: every searchable table has a
 * generated {@code search_vector} (migration V3_3) that {@code websearch_to_tsquery}
 * matches, so quotes, {@code or} and {@code -} work as people expect from a web search
 * and no input is a syntax error.
 */
@Repository
class SearchRepository {

	// One row per match of any kind: the columns a hit needs and the text to quote from.
	private static final String HITS = """
			with query as (select websearch_to_tsquery('english', :terms) as tsquery),
			hits as (
				select 'COUNTRY' as type, c.id, c.name as title, c.slug as key, null as context, c.slug as country_slug,
					null as url, ts_rank_cd(c.search_vector, q.tsquery) as rank
				from country c, query q where c.search_vector @@ q.tsquery
				union all
				select 'SECTION', s.id, null, s.topic, c.name, c.slug, null, ts_rank_cd(s.search_vector, q.tsquery)
				from country_section s join country c on c.id = s.country_id, query q where s.search_vector @@ q.tsquery
				union all
				select 'CLUSTER', k.id, k.name, k.slug, concat_ws(', ', k.city, c.name), c.slug, null,
					ts_rank_cd(k.search_vector, q.tsquery)
				from cluster k join country c on c.id = k.country_id, query q where k.search_vector @@ q.tsquery
				union all
				select 'PARTNERSHIP', p.id, p.acronym, p.acronym, p.name, null, null, ts_rank_cd(p.search_vector, q.tsquery)
				from partnership p, query q where p.search_vector @@ q.tsquery
				union all
				select 'NEWS', n.id, n.title, n.channel, c.name, c.slug, n.url, ts_rank_cd(n.search_vector, q.tsquery)
				from news_item n join country c on c.id = n.country_id, query q
				where n.search_vector @@ q.tsquery and n.status = 'PUBLISHED'
				union all
				select 'EVENT', e.id, e.title, null, concat_ws(', ', e.location, c.name), c.slug, null,
					ts_rank_cd(e.search_vector, q.tsquery)
				from event e join country c on c.id = e.country_id, query q
				where e.search_vector @@ q.tsquery and e.status = 'PUBLISHED'
				union all
				select 'DOCUMENT', d.id, d.title, f.file_name, c.name, c.slug, d.url, ts_rank_cd(d.search_vector, q.tsquery)
				from document d join country c on c.id = d.country_id
					left join document_file f on f.id = d.file_id, query q
				where d.search_vector @@ q.tsquery and d.status = 'PUBLISHED'
				union all
				select 'ACHIEVEMENT', a.id, a.title, null, c.name, c.slug, a.url, ts_rank_cd(a.search_vector, q.tsquery)
				from achievement a join country c on c.id = a.country_id, query q
				where a.search_vector @@ q.tsquery and a.status = 'PUBLISHED'
			),
			ranked as (
				select hits.*, row_number() over (partition by type order by rank desc, coalesce(title, key), id) as place,
					count(*) over (partition by type) as total, max(rank) over (partition by type) as best
				from hits
			)
			""";

	// The text a snippet quotes and ts_headline, which is slow, are read only for the
	// rows shown.
	private static final String SHOWN = """
			select ranked.*, ts_headline('english', translate(case type
					when 'COUNTRY' then (select introduction from country where id = ranked.id)
					when 'SECTION' then (select %s from country_section s where s.id = ranked.id)
					when 'CLUSTER' then (select %s from cluster k where k.id = ranked.id)
					when 'PARTNERSHIP' then (select description from partnership where id = ranked.id)
					when 'NEWS' then (select summary from news_item where id = ranked.id)
					when 'EVENT' then (select summary from event where id = ranked.id)
					when 'DOCUMENT' then (select summary from document where id = ranked.id)
					when 'ACHIEVEMENT' then (select summary from achievement where id = ranked.id)
				end, :markers, ''), q.tsquery, :headline) as snippet
			from ranked, query q
			""".formatted(plainText("concat_ws(E'\\n\\n', s.lead, s.body)"), plainText("k.description"));

	private static final String HEADLINE_OPTIONS = "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
			+ ", MaxFragments=2, MaxWords=30, MinWords=12";

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the terms hold any word to search for; punctuation and stop words alone do
	 * not.
	 */
	boolean hasWords(String terms) {
		return jdbc.sql("select numnode(websearch_to_tsquery('english', :terms)) > 0")
			.param("terms", terms)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The groups with results, the group with the best result first (groups that rank
	 * alike in {@link SearchType} order), each with its total and its best results.
	 */
	List<SearchGroup> findGroups(String terms, int perGroup) {
		List<Row> rows = jdbc.sql(HITS + SHOWN + " where place <= :limit order by place")
			.param("terms", terms)
			.param("markers", Snippets.START + Snippets.STOP)
			.param("headline", HEADLINE_OPTIONS)
			.param("limit", perGroup)
			.query(SearchRepository::row)
			.list();
		Map<SearchType, List<Row>> byType = new EnumMap<>(SearchType.class);
		rows.forEach((row) -> byType.computeIfAbsent(row.hit().type(), (type) -> new ArrayList<>()).add(row));
		return byType.values()
			.stream()
			.sorted(Comparator.comparing((List<Row> group) -> group.get(0).best()).reversed())
			.map((group) -> new SearchGroup(group.get(0).hit().type(), group.get(0).total(),
					group.stream().map(Row::hit).toList()))
			.toList();
	}

	/**
	 * One page of the results of one kind, best first. A page number past the last page
	 * gives the last page.
	 * @param pageIndex the page, counted from 0
	 */
	Page<SearchHit> findPage(String terms, SearchType type, int pageIndex, int pageSize) {
		long total = jdbc.sql(HITS + "select count(*) from hits where type = :type")
			.param("terms", terms)
			.param("type", type.name())
			.query(Long.class)
			.single();
		int lastIndex = (int) Math.max((total - 1) / pageSize, 0);
		PageRequest page = PageRequest.of(Math.min(pageIndex, lastIndex), pageSize);
		List<SearchHit> hits = jdbc
			.sql(HITS + SHOWN + " where type = :type and place > :offset order by place limit :size")
			.param("terms", terms)
			.param("markers", Snippets.START + Snippets.STOP)
			.param("headline", HEADLINE_OPTIONS)
			.param("type", type.name())
			.param("offset", page.getOffset())
			.param("size", pageSize)
			.query(SearchRepository::row)
			.list()
			.stream()
			.map(Row::hit)
			.toList();
		return new PageImpl<>(hits, page, total);
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		SearchType type = SearchType.valueOf(rs.getString("type"));
		String key = rs.getString("key");
		SectionTopic topic = (type == SearchType.SECTION) ? SectionTopic.valueOf(key) : null;
		String href = href(type, rs.getLong("id"), key, rs.getString("country_slug"), rs.getString("url"));
		return new Row(new SearchHit(type, rs.getString("title"), topic, rs.getString("context"), href,
				Snippets.toHtml(rs.getString("snippet"))), rs.getLong("total"), rs.getDouble("best"));
	}

	// Editor-entered addresses are only followed when they are web addresses.
	private static String href(SearchType type, long id, String key, String countrySlug, String url) {
		String country = "/countries/" + countrySlug;
		return switch (type) {
			case COUNTRY -> country;
			case SECTION -> country + "#" + SectionTopic.valueOf(key).anchor();
			case CLUSTER -> "/clusters/" + key;
			case PARTNERSHIP -> "/partnerships/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
			case NEWS -> WebAddress.orElse(url, "/news/" + id);
			case EVENT -> country + "#events";
			// An uploaded PDF (its file name is the key) opens itself.
			case DOCUMENT ->
				(key != null) ? "/documents/" + id + "/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8)
						: WebAddress.orElse(url, country + "#documentation");
			case ACHIEVEMENT -> WebAddress.orElse(url, country + "#achievements");
		};
	}

	/**
	 * SQL for the text of Markdown that a snippet quotes: link texts without their
	 * targets, no heading, list or emphasis marks.
	 */
	private static String plainText(String markdown) {
		return "regexp_replace(regexp_replace(" + markdown + ", '\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'), "
				+ "'^\\s*(#+|>|[-*+])\\s+|[*_`]+', '', 'gn')";
	}

	private record Row(SearchHit hit, long total, double best) {
	}

}
