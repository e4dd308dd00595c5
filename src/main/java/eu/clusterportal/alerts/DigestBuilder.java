package eu.clusterportal.alerts;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.TranslatedColumn;
import eu.clusterportal.matching.MatchFinder;
import eu.clusterportal.web.PortalBaseUrl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds what is new for a member in a digest period: what was published in it and is
 * still there when the digest is written. Partner requests concern a followed thing
 * through their target countries, sectors, technology fields, organisation or
 * partnership; news through its country or partnership; events and documents through
 * their country. A member's own requests are left out.
 */
@Component
class DigestBuilder {

	private final JdbcClient jdbc;

	private final PortalBaseUrl baseUrl;

	private final int maxEntries;

	private final MatchFinder matches;

	DigestBuilder(JdbcClient jdbc, PortalBaseUrl baseUrl, AlertsProperties properties, MatchFinder matches) {
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
		this.matches = matches;
		this.maxEntries = properties.maxEntries();
	}

	Digest build(long accountId, Language language, DigestPeriod period, LocalDate today) {
		return new Digest(requests(accountId, language, period, today),
				requestsFittingMembersOrganisations(accountId, language, period), news(accountId, language, period),
				content("event", "/events#event-", accountId, language, period),
				content("document", "/documents#document-", accountId, language, period));
	}

	/**
	 * The open requests new in the period that fit the member's organisations, best
	 * first, as the matching of partner requests ranks them.
	 */
	List<Digest.Entry> requestsFittingMembersOrganisations(long accountId, Language language, DigestPeriod period) {
		return this.matches.openRequestsPublishedSince(accountId, period.start(), language)
			.stream()
			.filter((match) -> match.request().publishedAt().isBefore(period.end()))
			.limit(this.maxEntries)
			.map((match) -> {
				LocalizedText title = match.title(language);
				return new Digest.Entry(title.value(), title.lang(),
						this.baseUrl.url(language, "/cooperation/" + match.request().id()));
			})
			.toList();
	}

	private List<Digest.Entry> requests(long accountId, Language language, DigestPeriod period, LocalDate today) {
		return jdbc
			.sql("""
					select r.id, r.title_en, r.title_zh
					from partner_request r
					where r.status = 'PUBLISHED' and r.closed_at is null and r.deadline >= :today
					  and r.created_at >= :start and r.created_at < :end
					  and r.poster_id is distinct from :account
					  and exists (select 1 from follow f where f.account_id = :account and (
					        f.organisation_id = r.organisation_id or f.partnership_id = r.partnership_id
					     or f.country_id in (select c.country_id from partner_request_country c where c.partner_request_id = r.id)
					     or f.sector_id in (select s.sector_id from partner_request_sector s where s.partner_request_id = r.id)
					     or f.technology_field_id in (select t.technology_field_id from partner_request_technology_field t
					                                  where t.partner_request_id = r.id)))
					order by r.created_at, r.id
					limit :limit""")
			.param("today", today)
			.param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end()))
			.param("account", accountId)
			.param("limit", maxEntries)
			.query((rs, row) -> {
				LocalizedText title = PartnerRequest.text(rs.getString("title_en"), rs.getString("title_zh"), language);
				return new Digest.Entry(title.value(), title.lang(),
						baseUrl.url(language, "/cooperation/" + rs.getLong("id")));
			})
			.list();
	}

	private List<Digest.Entry> news(long accountId, Language language, DigestPeriod period) {
		return jdbc.sql("""
				select n.id, %s as title, %s as language
				from news_item n
				where n.status = 'PUBLISHED' and n.published_at >= :start and n.published_at < :end
				  and exists (select 1 from follow f where f.account_id = :account
				              and (f.country_id = n.country_id or f.partnership_id = n.partnership_id))
				order by n.published_at, n.id
				limit :limit""".formatted(title("n", language), titleLanguage("n", language)))
			.param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end()))
			.param("account", accountId)
			.param("limit", maxEntries)
			.query((rs, row) -> new Digest.Entry(rs.getString("title"), rs.getString("language"),
					baseUrl.url(language, "/news/" + rs.getLong("id"))))
			.list();
	}

	/** Events or documents, both tied to a country only. */
	private List<Digest.Entry> content(String table, String path, long accountId, Language language,
			DigestPeriod period) {
		return jdbc.sql("""
				select c.id, %s as title, %s as language
				from %s c
				where c.status = 'PUBLISHED' and c.published_at >= :start and c.published_at < :end
				  and exists (select 1 from follow f where f.account_id = :account and f.country_id = c.country_id)
				order by c.published_at, c.id
				limit :limit""".formatted(title("c", language), titleLanguage("c", language), table))
			.param("start", Timestamp.from(period.start()))
			.param("end", Timestamp.from(period.end()))
			.param("account", accountId)
			.param("limit", maxEntries)
			.query((rs, row) -> new Digest.Entry(rs.getString("title"), rs.getString("language"),
					baseUrl.url(language, path + rs.getLong("id"))))
			.list();
	}

	private static String title(String alias, Language language) {
		return TranslatedColumn.sql(alias, "title", "title", language);
	}

	/**
	 * The tag of the language the title is shown in: the original's where untranslated.
	 */
	private static String titleLanguage(String alias, Language language) {
		if (language.isOriginal()) {
			return "'" + language.tag() + "'";
		}
		return "case when " + TranslatedColumn.inLanguageSql(alias, "title", "title", language) + " then '"
				+ language.tag() + "' else '" + Language.ORIGINAL.tag() + "' end";
	}

}
