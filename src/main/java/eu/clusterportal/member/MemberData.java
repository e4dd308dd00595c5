package eu.clusterportal.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import eu.clusterportal.account.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the portal holds about a person, as it is written to their data download:
 * their account (never the password's hash or the security stamp), the organisations they
 * represent or asked to, those they created or last changed, their changes editors have
 * not looked over yet, the messages of their conversations (those they wrote and those
 * they received), and the mails written to them.
 */
@Repository
class MemberData {

	private final JdbcClient jdbc;

	MemberData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Map<String, Object> of(Account account) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", account(account));
		data.put("memberships", jdbc.sql("""
				select o.name, o.slug, o.status as organisation_status, m.status, m.request_note, m.refusal_reason,
				       m.requested_at, m.decided_at
				from organisation_member m join organisation o on o.id = m.organisation_id
				where m.account_id = :account order by m.requested_at, o.name""")
			.param("account", account.getId())
			.query(MemberData::row)
			.list());
		data.put("organisationsCreatedOrLastChanged",
				jdbc.sql("""
						select name, slug, status, created_by = :email as created, updated_by = :email as last_changed,
						       created_at, updated_at
						from organisation where created_by = :email or updated_by = :email order by name""")
					.param("email", account.getEmail())
					.query(MemberData::row)
					.list());
		data.put("changesNotYetSeenByEditors",
				jdbc.sql("""
						select o.name, o.slug, c.changed_at from organisation_member_change c
						join organisation o on o.id = c.organisation_id
						where c.account_id = :account order by c.changed_at, o.name""")
					.param("account", account.getId())
					.query(MemberData::row)
					.list());
		data.put("partnerRequests",
				jdbc.sql("""
						select r.id, o.name as organisation, r.direction, r.kind, r.title_en, r.description_en,
						       r.title_zh, r.description_zh, r.deadline, r.closed_at, r.status, r.status_reason,
						       r.created_at, r.updated_at
						from partner_request r join organisation o on o.id = r.organisation_id
						where r.poster_id = :account order by r.created_at, r.id""")
					.param("account", account.getId())
					.query(MemberData::row)
					.list());
		data.put("follows", jdbc.sql("""
				select coalesce(c.name, s.code, t.code, o.name, p.acronym) as followed, f.created_at
				from follow f
				left join country c on c.id = f.country_id left join sector s on s.id = f.sector_id
				left join technology_field t on t.id = f.technology_field_id
				left join organisation o on o.id = f.organisation_id left join partnership p on p.id = f.partnership_id
				where f.account_id = :account order by f.created_at, f.id""")
			.param("account", account.getId())
			.query(MemberData::row)
			.list());
		data.put("conversationMessages",
				jdbc.sql("""
						select c.id as conversation, coalesce(r.title_en, r.title_zh) as partner_request,
						       m.sender_id = :account as written_by_you, m.body as text, m.created_at
						from conversation c
						join partner_request r on r.id = c.partner_request_id
						join message m on m.conversation_id = c.id
						where c.poster_id = :account or c.sender_id = :account order by c.id, m.id""")
					.param("account", account.getId())
					.query(MemberData::row)
					.list());
		data.put("mails",
				jdbc.sql("""
						select kind, subject, created_at, sent_at from outbox_mail
						where recipient = :email order by created_at, id""")
					.param("email", account.getEmail())
					.query(MemberData::row)
					.list());
		return data;
	}

	private static Map<String, Object> account(Account account) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", account.getDisplayName());
		fields.put("email", account.getEmail());
		fields.put("role", account.getRole().name());
		fields.put("language", account.getLanguage().tag());
		fields.put("enabled", account.isEnabled());
		fields.put("registered", Objects.toString(account.getCreatedAt(), null));
		fields.put("emailConfirmed", Objects.toString(account.getEmailConfirmedAt(), null));
		return fields;
	}

	/** A row as names and values, times in ISO 8601 (UTC). */
	private static Map<String, Object> row(ResultSet rows, int number) throws SQLException {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
			Object value = rows.getObject(column);
			row.put(camelCase(rows.getMetaData().getColumnLabel(column)),
					(value instanceof Timestamp time) ? time.toInstant().toString() : value);
		}
		return row;
	}

	private static String camelCase(String column) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

}
