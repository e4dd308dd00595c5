package eu.clusterportal.member.admin;

import java.time.Instant;
import java.util.List;

import eu.clusterportal.editorial.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members as editors list them, with the number of organisations each represents. */
@Repository
class MemberSummaries {

	/** The most members one list shows: a search finds the others. */
	static final int LIMIT = 200;

	record MemberSummary(long id, String name, String email, boolean confirmed, boolean enabled, Instant registered,
			int organisations, Language language) {
	}

	private final JdbcClient jdbc;

	MemberSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Members whose name or address contains {@code query} (all for an empty one), newest
	 * first; organisations count when an editor validated the member's part in them.
	 */
	List<MemberSummary> search(String query) {
		return jdbc.sql("""
				select a.id, a.display_name, a.email, a.email_confirmed_at is not null as confirmed, a.enabled,
				       a.created_at, a.language,
				       (select count(*) from organisation_member m
				        where m.account_id = a.id and m.status = 'VALIDATED') as organisations
				from account a
				where a.role = 'MEMBER'
				  and (:query = '' or strpos(lower(a.display_name), lower(:query)) > 0
				       or strpos(a.email, lower(:query)) > 0)
				order by a.created_at desc, a.id desc
				limit :limit""")
			.param("query", query)
			.param("limit", LIMIT)
			.query((row, number) -> new MemberSummary(row.getLong("id"), row.getString("display_name"),
					row.getString("email"), row.getBoolean("confirmed"), row.getBoolean("enabled"),
					row.getTimestamp("created_at").toInstant(), row.getInt("organisations"),
					Language.ofTag(row.getString("language")).orElse(Language.ORIGINAL)))
			.list();
	}

}
