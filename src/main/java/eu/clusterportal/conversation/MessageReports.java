package eu.clusterportal.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages members reported to the editors, with their reasons: editors read them newest
 * first, with who wrote the message, so that they can disable that member, and mark each
 * handled. A member reports a message once.
 */
@Repository
public class MessageReports {

	private final JdbcClient jdbc;

	MessageReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the member's report of the message, unless they reported it before (a double
	 * submit included).
	 * @return whether the report is new
	 */
	boolean report(long messageId, long reporterId, String reason, Instant now) {
		return jdbc.sql("""
				insert into message_report (message_id, reporter_id, reason, created_at) values (?, ?, ?, ?)
				on conflict (message_id, reporter_id) do nothing""")
			.params(messageId, reporterId, reason, now.atOffset(ZoneOffset.UTC))
			.update() > 0;
	}

	/** A page of reports, newest first. */
	@Transactional(readOnly = true)
	public List<MessageReport> page(int offset, int size) {
		return jdbc
			.sql("""
					select rep.id, rep.reason, rep.created_at, rep.handled_at, rep.handled_by, m.body, m.created_at as written_at,
					       writer.display_name as writer_name, writer.email as writer_email,
					       reporter.display_name as reporter_name, reporter.email as reporter_email
					from message_report rep
					join message m on m.id = rep.message_id
					left join account writer on writer.id = m.sender_id
					left join account reporter on reporter.id = rep.reporter_id
					order by rep.created_at desc, rep.id desc offset ? limit ?""")
			.params(offset, size)
			.query((row, n) -> new MessageReport(row.getLong("id"), row.getString("reason"),
					row.getTimestamp("created_at").toInstant(),
					(row.getTimestamp("handled_at") != null) ? row.getTimestamp("handled_at").toInstant() : null,
					row.getString("handled_by"), row.getString("body"), row.getTimestamp("written_at").toInstant(),
					row.getString("writer_name"), row.getString("writer_email"), row.getString("reporter_name"),
					row.getString("reporter_email")))
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from message_report").query(Long.class).single();
	}

	/** Marks a report handled by the editor; an unknown one changes nothing. */
	@Transactional
	public boolean markHandled(long id, String editor, Instant now) {
		return jdbc.sql("update message_report set handled_at = ?, handled_by = ? where id = ? and handled_at is null")
			.params(now.atOffset(ZoneOffset.UTC), editor, id)
			.update() > 0;
	}

	/**
	 * A reported message with who wrote it and who reported it; names are {@code null}
	 * for deleted accounts.
	 */
	public record MessageReport(long id, String reason, Instant reportedAt, Instant handledAt, String handledBy,
			String text, Instant writtenAt, String writerName, String writerEmail, String reporterName,
			String reporterEmail) {

	}

}
