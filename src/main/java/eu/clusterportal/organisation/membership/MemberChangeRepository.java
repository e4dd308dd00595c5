package eu.clusterportal.organisation.membership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import eu.clusterportal.organisation.OrganisationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editors' list of organisations changed by members. Kept apart from the
 * organisation's row by SQL, not as an entity, so that keeping it clears no kept page.
 */
@Repository
public class MemberChangeRepository {

	private final JdbcClient jdbc;

	MemberChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Notes a member's change; only the latest of an organisation is listed. */
	void record(long organisationId, long accountId, Instant at) {
		jdbc.sql(
				"""
						insert into organisation_member_change (organisation_id, account_id, changed_at)
						values (:organisation, :account, :at)
						on conflict (organisation_id) do update set account_id = excluded.account_id, changed_at = excluded.changed_at""")
			.param("organisation", organisationId)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The changes no editor has marked seen yet, the latest first. */
	public List<MemberChange> findUnseen() {
		return jdbc.sql("""
				select o.id, o.name, o.slug, o.status, a.email, c.changed_at
				from organisation_member_change c join organisation o on o.id = c.organisation_id
				left join account a on a.id = c.account_id
				order by c.changed_at desc, o.id""")
			.query((row, number) -> new MemberChange(row.getLong(1), row.getString(2), row.getString(3),
					OrganisationStatus.valueOf(row.getString(4)), row.getString(5), row.getTimestamp(6).toInstant()))
			.list();
	}

	/** Takes an organisation off the list; {@code false} if it was not on it. */
	public boolean markSeen(long organisationId) {
		return jdbc.sql("delete from organisation_member_change where organisation_id = ?")
			.param(organisationId)
			.update() > 0;
	}

}
