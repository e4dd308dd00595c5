package eu.clusterportal.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.TranslatedColumn;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the partnership table as CSV ({@link CsvWriter}). A cell with several terms or
 * countries lists them one per line; an unknown figure is an empty cell, never 0. The
 * rows are read with a cursor, each with its terms and countries joined in SQL, and
 * written as they arrive. The last column says where the name and description, the
 * counts, the technology fields, the sectors and the targets come from, as the pages do.
 */
@Repository
class PartnershipCsvExport {

	private static final List<String> HEADER_KEYS = List.of("partnerships.column.acronym", "partnerships.column.name",
			"partnerships.column.technology-fields", "partnerships.column.sectors", "partnerships.column.targets",
			"partnerships.csv.smes", "partnerships.csv.partners", "csv.sources");

	// Rows fetched at a time; PostgreSQL uses a cursor only inside a transaction.
	private static final int FETCH_SIZE = 500;

	// The texts in the page's language: %1$s is the partnership's name, then a technology
	// field's, a sector's and a country's name and the details of the partnership's
	// sources.
	private static final String SELECT = """
			select p.acronym, %1$s as name,
				(select string_agg(t.code || ' ' || %2$s, E'\\n' order by t.code)
					from partnership_technology_field pt join technology_field t on t.id = pt.technology_field_id
					where pt.partnership_id = p.id) as fields,
				(select string_agg(s.code || ' ' || %3$s, E'\\n' order by s.code)
					from partnership_sector ps join sector s on s.id = ps.sector_id where ps.partnership_id = p.id) as sectors,
				(select string_agg(coalesce(c.iso_code, '') || E'\\t' || %4$s, E'\\n' order by c.name)
					from partnership_target_country pc join country c on c.id = pc.country_id
					where pc.partnership_id = p.id) as targets,
				p.smes_involved, p.partner_count, p.description_source, %5$s as description_source_detail,
				p.figures_source, %6$s as figures_source_detail, p.technology_fields_source,
				%7$s as technology_fields_source_detail, p.sectors_source, %8$s as sectors_source_detail,
				p.target_countries_source, %9$s as target_countries_source_detail
			from partnership p
			""";

	// A section code also finds the partnerships of its divisions, as the directory does.
	private static final String WITH_TERM = """
			exists (select 1 from %1$s x join %2$s t on t.id = x.%3$s left join %2$s s on s.id = t.parent_id
				where x.partnership_id = p.id and (t.code = :%4$s or s.code = :%4$s))""";

	private final MessageSource messages;

	private final NamedParameterJdbcTemplate jdbc;

	private final SourceNotes notes;

	PartnershipCsvExport(MessageSource messages, JdbcTemplate jdbc, SourceNotes notes) {
		this.messages = messages;
		this.notes = notes;
		JdbcTemplate cursor = new JdbcTemplate(jdbc.getDataSource());
		cursor.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(cursor);
	}

	/**
	 * Writes the partnerships a filter finds, in the directory's order; call it in a
	 * transaction.
	 */
	void write(PartnershipFilter filter, PartnershipSort sort, Locale locale, Appendable out) {
		CsvWriter csv = CsvWriter.download(out,
				HEADER_KEYS.stream().map((key) -> messages.getMessage(key, null, locale)).toList());
		MapSqlParameterSource params = new MapSqlParameterSource();
		List<String> conditions = new ArrayList<>();
		if (filter.country() != null) {
			conditions.add("exists (select 1 from partnership_target_country pc join country c on c.id = pc.country_id "
					+ "where pc.partnership_id = p.id and c.slug = :country)");
			params.addValue("country", filter.country());
		}
		if (filter.sector() != null) {
			conditions.add(WITH_TERM.formatted("partnership_sector", "sector", "sector_id", "sector"));
			params.addValue("sector", filter.sector());
		}
		if (filter.field() != null) {
			conditions.add(WITH_TERM.formatted("partnership_technology_field", "technology_field",
					"technology_field_id", "field"));
			params.addValue("field", filter.field());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		Language language = Language.of(locale);
		jdbc.query(select(language) + where + orderBy(sort), params,
				(RowCallbackHandler) (rs) -> csv.row(Arrays.asList(rs.getString("acronym"), rs.getString("name"),
						rs.getString("fields"), rs.getString("sectors"), targets(rs.getString("targets"), language),
						rs.getObject("smes_involved"), rs.getObject("partner_count"), sources(rs))));
	}

	private static String select(Language language) {
		return SELECT.formatted(TranslatedColumn.sql("p", "name", "name", language),
				TranslatedColumn.sql("t", "name", "name", language),
				TranslatedColumn.sql("s", "name", "name", language),
				TranslatedColumn.sql("c", "name", "name", language),
				TranslatedColumn.sql("p", "description_source_detail", "descriptionSource.detail", language),
				TranslatedColumn.sql("p", "figures_source_detail", "figuresSource.detail", language),
				TranslatedColumn.sql("p", "technology_fields_source_detail", "technologyFieldsSource.detail", language),
				TranslatedColumn.sql("p", "sectors_source_detail", "sectorsSource.detail", language),
				TranslatedColumn.sql("p", "target_countries_source_detail", "targetCountriesSource.detail", language));
	}

	/**
	 * The target countries, one a line, named and ordered as the page's language names
	 * them ({@link CountryNames}); the query gives each as its ISO code, a tab and its
	 * name, by English name.
	 */
	static String targets(String codesAndNames, Language language) {
		if (codesAndNames == null) {
			return null;
		}
		Stream<String> names = Arrays.stream(codesAndNames.split("\n")).map((line) -> {
			int tab = line.indexOf('\t');
			String code = line.substring(0, tab);
			return CountryNames.in(language, code.isEmpty() ? null : code, line.substring(tab + 1));
		});
		if (!language.isOriginal()) {
			names = names.sorted(NameOrder.of(language));
		}
		return names.collect(Collectors.joining("\n"));
	}

	private String sources(ResultSet rs) throws SQLException {
		String source = rs.getString("description_source");
		return SourceNotes.cell("\n",
				notes.note("csv.source.description", source != null, source, rs.getString("description_source_detail")),
				notes.note("csv.source.figures",
						rs.getObject("smes_involved") != null || rs.getObject("partner_count") != null,
						rs.getString("figures_source"), rs.getString("figures_source_detail")),
				notes.note("csv.source.technology-fields", rs.getString("fields") != null,
						rs.getString("technology_fields_source"), rs.getString("technology_fields_source_detail")),
				notes.note("csv.source.sectors", rs.getString("sectors") != null, rs.getString("sectors_source"),
						rs.getString("sectors_source_detail")),
				notes.note("csv.source.targets", rs.getString("targets") != null,
						rs.getString("target_countries_source"), rs.getString("target_countries_source_detail")));
	}

	// The order of PartnershipSort.toSort() in SQL: the column, then acronym.
	private static String orderBy(PartnershipSort sort) {
		String column = switch (sort.key()) {
			case ACRONYM -> "p.acronym";
			case NAME -> "p.name";
			case SMES -> "p.smes_involved";
			case PARTNERS -> "p.partner_count";
		};
		String order = " order by " + column + (sort.direction().isAscending() ? " asc" : " desc") + " nulls last";
		return (sort.key() == PartnershipSort.Key.ACRONYM) ? order : order + ", p.acronym asc";
	}

}
