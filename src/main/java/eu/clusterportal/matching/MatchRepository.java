package eu.clusterportal.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.country.CountryNames;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.TranslatedColumn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ranking, one statement each way. Pairs of a request and a candidate located in one
 * of its target countries are scored: each division of sectors (NACE) or technology
 * fields (IPC/CPC) both name scores {@value #DIVISION}; a section both have terms in,
 * without a shared division in it, scores {@value #SECTION}; a candidate of a type that
 * {@link PartnerFit} names for the request's kind adds {@value #KIND}; a cluster in an
 * ESCP-4i partnership or an organisation that offers help adds {@value #BONUS}. A pair
 * that shares no term and does not fit the kind is no match.
 */
@Repository
class MatchRepository {

	static final int DIVISION = 3;

	static final int SECTION = 1;

	static final int KIND = 2;

	static final int BONUS = 1;

	/** The published organisations and clusters in a request's target countries. */
	private static final String CANDIDATE_PAIRS = """
			pair as (
				select r.id as request_id, r.kind as request_kind, o.id as candidate_id, o.type, o.offers_help as bonus,
					o.slug, o.name, {organisationName} as display_name, o.country_id
				from partner_request r
				join partner_request_country rc on rc.partner_request_id = r.id
				join organisation o on o.country_id = rc.country_id
				where r.id = :request and o.status = 'PUBLISHED' and o.id <> r.organisation_id
				union all
				select r.id, r.kind, c.id, 'CLUSTER',
					exists (select 1 from partnership_member pm where pm.cluster_id = c.id),
					c.slug, c.name, {clusterName}, c.country_id
				from partner_request r
				join partner_request_country rc on rc.partner_request_id = r.id
				join cluster c on c.country_id = rc.country_id
				where r.id = :request
				  and not exists (select 1 from organisation_cluster oc
								  where oc.cluster_id = c.id and oc.organisation_id = r.organisation_id)
			)""";

	/**
	 * The open requests, published since {@code :since}, targeting the country of one of
	 * the member's validated, published organisations, except their organisations' own.
	 */
	private static final String MEMBER_PAIRS = """
			pair as (
				select r.id as request_id, r.kind as request_kind, o.id as candidate_id, o.type, o.offers_help as bonus,
					o.slug, o.name, {organisationName} as display_name, o.country_id
				from organisation_member m
				join organisation o on o.id = m.organisation_id
				join partner_request_country rc on rc.country_id = o.country_id
				join partner_request r on r.id = rc.partner_request_id
				where m.account_id = :account and m.status = 'VALIDATED' and o.status = 'PUBLISHED'
				  and r.status = 'PUBLISHED' and r.closed_at is null and r.deadline >= :today
				  and r.created_at >= :since
				  and not exists (select 1 from organisation_member own where own.account_id = :account
								  and own.status = 'VALIDATED' and own.organisation_id = r.organisation_id)
			)""";

	// Either kind of term: a candidate's terms (organisations' or clusters'), the
	// request's, then what they share, a division or else the section.
	private static final String SHARED_TERMS = """
			{p}_candidate as (
				select p.request_id, p.type = 'CLUSTER' as cluster, p.candidate_id, t.id as term_id,
					coalesce(t.parent_id, t.id) as section_id
				from pair p join organisation_{table} x on x.organisation_id = p.candidate_id
				join {table} t on t.id = x.{table}_id
				where p.type <> 'CLUSTER'
				union all
				select p.request_id, true, p.candidate_id, t.id, coalesce(t.parent_id, t.id)
				from pair p join cluster_{table} x on x.cluster_id = p.candidate_id
				join {table} t on t.id = x.{table}_id
				where p.type = 'CLUSTER'
			),
			{p}_request as (
				select x.partner_request_id as request_id, t.id as term_id, t.parent_id is not null as division,
					coalesce(t.parent_id, t.id) as section_id
				from partner_request_{table} x join {table} t on t.id = x.{table}_id
				where x.partner_request_id in (select request_id from pair)
			),
			{p}_division as (
				select c.request_id, c.cluster, c.candidate_id, c.term_id, c.section_id
				from {p}_candidate c
				join {p}_request r on r.request_id = c.request_id and r.term_id = c.term_id and r.division
			),
			{p}_shared as (
				select request_id, cluster, candidate_id, term_id, {division} as points from {p}_division
				union
				select c.request_id, c.cluster, c.candidate_id, c.section_id, {section}
				from {p}_candidate c
				join {p}_request r on r.request_id = c.request_id and r.section_id = c.section_id
				where not exists (select 1 from {p}_division d where d.request_id = c.request_id
								  and d.cluster = c.cluster and d.candidate_id = c.candidate_id
								  and d.section_id = c.section_id)
			)""";

	private static final String SHARED_OF_PAIR = """
			left join lateral (
				select array_agg(t.code order by t.code) as codes, array_agg({termName} order by t.code) as names,
					array_agg(x.points order by t.code) as points, sum(x.points) as total
				from {p}_shared x join {table} t on t.id = x.term_id
				where x.request_id = p.request_id and x.cluster = (p.type = 'CLUSTER') and x.candidate_id = p.candidate_id
			) {p} on true""";

	private static final String SCORED = """
			scored as (
				select p.*, fit.kind is not null as kind_fits, country.iso_code, country.name as country_name,
					s.codes as sector_codes, s.names as sector_names, s.points as sector_points,
					f.codes as field_codes, f.names as field_names, f.points as field_points,
					coalesce(s.total, 0) + coalesce(f.total, 0) + case when fit.kind is not null then {kind} else 0 end
						+ case when p.bonus then {bonus} else 0 end as score
				from pair p
				join country on country.id = p.country_id
				left join {fit} as fit (kind, type) on fit.kind = p.request_kind and fit.type = p.type
				{sectorsOfPair}
				{fieldsOfPair}
				where s.total is not null or f.total is not null or fit.kind is not null
			)""";

	private final JdbcClient jdbc;

	MatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The best {@code limit} candidates for a request, best first, then by name and id.
	 */
	List<Candidate> candidates(long requestId, Language language, int limit) {
		String sql = scoring(CANDIDATE_PAIRS, language) + """
				select * from scored
				order by score desc, display_name collate {collation}, name, type = 'CLUSTER', candidate_id
				limit :limit""".replace("{collation}", NameOrder.sqlCollation(language));
		return jdbc.sql(sql)
			.param("request", requestId)
			.param("limit", limit)
			.query((row, n) -> candidate(row, language))
			.list();
	}

	/**
	 * The open requests published since an instant that fit one of a member's
	 * organisations, each with the organisation that fits it best, the best fits first,
	 * then the soonest deadline.
	 */
	List<RequestFit> requests(long accountId, Instant since, LocalDate today, Language language) {
		String sql = scoring(MEMBER_PAIRS, language)
				+ """
						, best as (
							select distinct on (request_id) * from scored
							order by request_id, score desc, display_name collate {collation}, candidate_id
						)
						select b.*, r.direction, r.title_en, r.title_zh, r.deadline, r.created_at as published_at, ro.name as request_organisation,
							{requestOrganisationName} as request_organisation_display
						from best b
						join partner_request r on r.id = b.request_id
						join organisation ro on ro.id = r.organisation_id
						order by b.score desc, r.deadline, r.id"""
					.replace("{collation}", NameOrder.sqlCollation(language))
					.replace("{requestOrganisationName}", TranslatedColumn.sql("ro", "name", "name", language));
		return jdbc.sql(sql)
			.param("account", accountId)
			.param("since", Timestamp.from(since))
			.param("today", today)
			.query((row, n) -> new RequestFit(row.getLong("request_id"),
					PartnerRequestKind.valueOf(row.getString("request_kind")),
					PartnerRequestDirection.valueOf(row.getString("direction")), row.getString("title_en"),
					row.getString("title_zh"), row.getObject("deadline", LocalDate.class),
					row.getTimestamp("published_at").toInstant(),
					name(row.getString("request_organisation_display"), row.getString("request_organisation"),
							language),
					candidate(row, language)))
			.list();
	}

	private static String scoring(String pairs, Language language) {
		String scored = SCORED.replace("{sectorsOfPair}", sharedOfPair("s", "sector", language))
			.replace("{fieldsOfPair}", sharedOfPair("f", "technology_field", language));
		String sql = "with " + pairs + ",\n" + sharedTerms("s", "sector") + ",\n" + sharedTerms("f", "technology_field")
				+ ",\n" + scored + "\n";
		return sql.replace("{organisationName}", TranslatedColumn.sql("o", "name", "name", language))
			.replace("{clusterName}", TranslatedColumn.sql("c", "name", "name", language))
			.replace("{fit}", PartnerFit.sqlValues())
			.replace("{kind}", String.valueOf(KIND))
			.replace("{bonus}", String.valueOf(BONUS));
	}

	private static String sharedTerms(String prefix, String table) {
		return SHARED_TERMS.replace("{p}", prefix)
			.replace("{table}", table)
			.replace("{division}", String.valueOf(DIVISION))
			.replace("{section}", String.valueOf(SECTION));
	}

	private static String sharedOfPair(String prefix, String table, Language language) {
		return SHARED_OF_PAIR.replace("{p}", prefix)
			.replace("{table}", table)
			.replace("{termName}", TranslatedColumn.sql("t", "name", "name", language));
	}

	private static Candidate candidate(ResultSet row, Language language) throws SQLException {
		return new Candidate(row.getLong("candidate_id"), row.getString("slug"),
				name(row.getString("display_name"), row.getString("name"), language), row.getString("type"),
				CountryNames.in(language, row.getString("iso_code"), row.getString("country_name")),
				terms(row, "sector"), terms(row, "field"), row.getBoolean("kind_fits"), row.getBoolean("bonus"),
				row.getInt("score"));
	}

	// A name that is the English one on a page in another language is marked as such.
	private static LocalizedText name(String shown, String original, Language language) {
		if (language.isOriginal()) {
			return LocalizedText.original(shown);
		}
		return shown.equals(original) ? new LocalizedText(original, Language.ORIGINAL, true)
				: new LocalizedText(shown, language, false);
	}

	private static List<SharedTerm> terms(ResultSet row, String prefix) throws SQLException {
		Array codes = row.getArray(prefix + "_codes");
		if (codes == null) {
			return List.of();
		}
		String[] code = (String[]) codes.getArray();
		String[] name = (String[]) row.getArray(prefix + "_names").getArray();
		Integer[] points = (Integer[]) row.getArray(prefix + "_points").getArray();
		List<SharedTerm> terms = new ArrayList<>(code.length);
		for (int i = 0; i < code.length; i++) {
			terms.add(new SharedTerm(code[i], name[i], points[i] == DIVISION));
		}
		return List.copyOf(terms);
	}

}
