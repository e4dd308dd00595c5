package eu.clusterportal.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.TranslatedColumn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cluster directory as CSV ({@link CsvWriter}), one row per cluster under a header
 * row. A cell with several terms lists them as "code name", separated by "; ". The rows
 * are read with a cursor and written as they arrive, each with its terms joined in SQL,
 * so the export holds one batch of rows in memory whatever the number of clusters. The
 * last column says where the region and place, the sectors and the technology fields come
 * from, as the cluster's page does.
 */
@Repository
class ClusterCsvExport {

	/** The messages of the columns' headers, in order. */
	public static final List<String> HEADER_KEYS = List.of("clusters.column.name", "clusters.column.city",
			"clusters.column.region", "clusters.column.country", "clusters.column.sectors",
			"clusters.technology-fields", "clusters.website", "csv.sources");

	/** How the terms of one cell are separated. */
	public static final String TERM_SEPARATOR = "; ";

	// Source notes contain "; " themselves, so each has its own line, as in the
	// partnership export.
	private static final String SOURCE_SEPARATOR = "\n";

	// Rows fetched at a time; PostgreSQL uses a cursor only inside a transaction.
	private static final int FETCH_SIZE = 500;

	// The texts in the page's language: %1$s is the cluster's name, %2$s its city, then
	// the region's, the country's, a sector's and a technology field's name and the
	// details of the cluster's sources.
	private static final String SELECT = """
			select %1$s as name, %2$s as city, %3$s as region, %4$s as country, c.iso_code as country_iso_code,
				(select string_agg(s.code || ' ' || %5$s, :separator order by s.code)
					from cluster_sector cs join sector s on s.id = cs.sector_id where cs.cluster_id = k.id) as sectors,
				(select string_agg(t.code || ' ' || %6$s, :separator order by t.code)
					from cluster_technology_field ct join technology_field t on t.id = ct.technology_field_id
					where ct.cluster_id = k.id) as fields,
				k.website, k.location_source, %7$s as location_source_detail, k.sectors_source,
				%8$s as sectors_source_detail, k.technology_fields_source,
				%9$s as technology_fields_source_detail, k.region_id is not null or k.latitude is not null as placed
			from cluster k join country c on c.id = k.country_id left join region r on r.id = k.region_id
			""";

	// A section code also finds the clusters of its divisions, as the directory does.
	private static final String WITH_TERM = """
			k.id in (select x.cluster_id from %1$s x join %2$s t on t.id = x.%3$s left join %2$s p on p.id = t.parent_id
				where t.code = :%4$s or p.code = :%4$s)""";

	private final NamedParameterJdbcTemplate jdbc;

	private final SourceNotes notes;

	ClusterCsvExport(JdbcTemplate jdbc, SourceNotes notes) {
		this.notes = notes;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * Writes the clusters a filter finds, in the directory's order; call it in a
	 * transaction.
	 * @param countries the slugs of the countries in the order of their names in
	 * {@code language}, as the directory sorts by country
	 */
	void write(ClusterFilter filter, ClusterSort sort, Language language, List<String> countries, CsvWriter csv) {
		MapSqlParameterSource params = new MapSqlParameterSource("separator", TERM_SEPARATOR);
		List<String> conditions = new ArrayList<>();
		if (filter.country() != null) {
			conditions.add("c.slug = :country");
			params.addValue("country", filter.country());
		}
		if (filter.region() != null) {
			conditions.add("r.slug = :region");
			params.addValue("region", filter.region());
		}
		if (filter.sector() != null) {
			conditions.add(WITH_TERM.formatted("cluster_sector", "sector", "sector_id", "sector"));
			params.addValue("sector", filter.sector());
		}
		if (filter.field() != null) {
			conditions.add(WITH_TERM.formatted("cluster_technology_field", "technology_field", "technology_field_id",
					"field"));
			params.addValue("field", filter.field());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		jdbc.query(select(language) + where + orderBy(sort, language, countries, params), params,
				(RowCallbackHandler) (rs) -> csv
					.row(Arrays.asList(rs.getString("name"), rs.getString("city"), rs.getString("region"),
							CountryNames.in(language, rs.getString("country_iso_code"), rs.getString("country")),
							rs.getString("sectors"), rs.getString("fields"), rs.getString("website"), sources(rs))));
	}

	private static String select(Language language) {
		return SELECT.formatted(TranslatedColumn.sql("k", "name", "name", language),
				TranslatedColumn.sql("k", "city", "city", language),
				TranslatedColumn.sql("r", "name", "name", language),
				TranslatedColumn.sql("c", "name", "name", language),
				TranslatedColumn.sql("s", "name", "name", language),
				TranslatedColumn.sql("t", "name", "name", language),
				TranslatedColumn.sql("k", "location_source_detail", "locationSource.detail", language),
				TranslatedColumn.sql("k", "sectors_source_detail", "sectorsSource.detail", language), TranslatedColumn
					.sql("k", "technology_fields_source_detail", "technologyFieldsSource.detail", language));
	}

	private String sources(ResultSet rs) throws SQLException {
		return SourceNotes.cell(SOURCE_SEPARATOR,
				notes.note("csv.source.location", rs.getBoolean("placed"), rs.getString("location_source"),
						rs.getString("location_source_detail")),
				notes.note("csv.source.sectors", rs.getString("sectors") != null, rs.getString("sectors_source"),
						rs.getString("sectors_source_detail")),
				notes.note("csv.source.technology-fields", rs.getString("fields") != null,
						rs.getString("technology_fields_source"), rs.getString("technology_fields_source_detail")));
	}

	// The directory's order in SQL: the column, then name, then slug; in other languages
	// names and countries as ClusterSpecifications orders them.
	private static String orderBy(ClusterSort sort, Language language, List<String> countries,
			MapSqlParameterSource params) {
		String name = language.isOriginal() ? "k.name" : "(" + TranslatedColumn.sql("k", "name", "name", language)
				+ ") collate " + NameOrder.sqlCollation(language);
		String column = switch (sort.key()) {
			case NAME -> name;
			case CITY -> "k.city";
			case COUNTRY -> language.isOriginal() ? "c.name" : countryPosition(countries, params);
		};
		String order = " order by " + column + (sort.direction().isAscending() ? " asc" : " desc") + " nulls last";
		if (sort.key() == ClusterSort.Key.COUNTRY) {
			order += ", " + name + " asc";
		}
		else if (sort.key() == ClusterSort.Key.CITY) {
			order += ", k.name asc";
		}
		return order + ", k.slug asc";
	}

	private static String countryPosition(List<String> countries, MapSqlParameterSource params) {
		StringBuilder position = new StringBuilder("case c.slug");
		for (int i = 0; i < countries.size(); i++) {
			position.append(" when :countryOrder").append(i).append(" then ").append(i);
			params.addValue("countryOrder" + i, countries.get(i));
		}
		return position.append(" else ").append(countries.size()).append(" end").toString();
	}

}
