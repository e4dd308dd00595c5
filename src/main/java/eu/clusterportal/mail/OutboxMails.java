package eu.clusterportal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the outbox for editors: the mails, newest first, and one mail with its parts. */
@Repository
@Transactional(readOnly = true)
public class OutboxMails {

	private static final String COLUMNS = """
			id, kind, recipient, language, subject, created_at, next_attempt_at, attempts, last_error, sent_at""";

	private final JdbcClient jdbc;

	OutboxMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<OutboxMail> newestFirst(Pageable page) {
		List<OutboxMail> mails = jdbc
			.sql("select " + COLUMNS
					+ " from outbox_mail order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((row, number) -> mail(row))
			.list();
		long total = jdbc.sql("select count(*) from outbox_mail").query(Long.class).single();
		return new PageImpl<>(mails, page, total);
	}

	public Optional<OutboxMailContent> find(long id) {
		return jdbc.sql("select " + COLUMNS + ", text_body, html_body from outbox_mail where id = :id")
			.param("id", id)
			.query((row, number) -> new OutboxMailContent(mail(row), row.getString("text_body"),
					row.getString("html_body")))
			.optional();
	}

	private static OutboxMail mail(ResultSet row) throws SQLException {
		return new OutboxMail(row.getLong("id"), row.getString("kind"), row.getString("recipient"),
				row.getString("language"), row.getString("subject"), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("next_attempt_at")), row.getInt("attempts"), row.getString("last_error"),
				instant(row.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
