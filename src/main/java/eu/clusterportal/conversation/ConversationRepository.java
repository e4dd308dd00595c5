package eu.clusterportal.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.TranslatedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversations and their messages, in plain SQL: they are member-private, so writing
 * them clears no kept public page. A member's inbox page costs two statements however
 * many conversations and messages they have (the page with last messages and unread
 * counts, and the totals).
 */
@Repository
class ConversationRepository {

	private final JdbcClient jdbc;

	ConversationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ConversationMember> member(String email) {
		return jdbc.sql("""
				select id, display_name, email, language from account
				where email = ? and role = 'MEMBER' and enabled and email_confirmed_at is not null""")
			.param(email)
			.query(ConversationRepository::member)
			.optional();
	}

	/** An account that can still receive messages. */
	Optional<ConversationMember> recipient(long id) {
		return jdbc.sql("select id, display_name, email, language from account where id = ? and enabled")
			.param(id)
			.query(ConversationRepository::member)
			.optional();
	}

	/** The request, its organisation named in the language. */
	Optional<AnsweredRequest> request(long id, Language language) {
		return jdbc
			.sql("""
					select r.id, r.poster_id, r.organisation_id, %s as name, r.title_en, r.title_zh, r.deadline, r.closed_at,
					       r.status = 'PUBLISHED' as published
					from partner_request r join organisation o on o.id = r.organisation_id where r.id = ?"""
				.formatted(TranslatedColumn.sql("o", "name", "name", language)))
			.param(id)
			.query((row, n) -> new AnsweredRequest(row.getLong("id"), (Long) row.getObject("poster_id"),
					row.getLong("organisation_id"), row.getString("name"), row.getString("title_en"),
					row.getString("title_zh"), row.getObject("deadline", LocalDate.class), instant(row, "closed_at"),
					row.getBoolean("published")))
			.optional();
	}

	/**
	 * The published organisations the member was validated to represent, named in the
	 * language.
	 */
	List<OrganisationChoice> validatedOrganisations(long accountId, Language language) {
		return jdbc
			.sql("""
					select o.id, %s as name from organisation_member m join organisation o on o.id = m.organisation_id
					where m.account_id = ? and m.status = 'VALIDATED' order by name, o.id"""
				.formatted(TranslatedColumn.sql("o", "name", "name", language)))
			.param(accountId)
			.query((row, n) -> new OrganisationChoice(row.getLong("id"), row.getString("name")))
			.list();
	}

	Optional<Long> conversationOf(long requestId, long senderId) {
		return jdbc.sql("select id from conversation where partner_request_id = ? and sender_id = ?")
			.params(requestId, senderId)
			.query(Long.class)
			.optional();
	}

	long create(long requestId, Long posterId, long senderId, Long senderOrganisationId, Instant now) {
		return jdbc.sql("""
				insert into conversation (partner_request_id, poster_id, sender_id, sender_organisation_id, created_at,
				                          last_message_at)
				values (:request, :poster, :sender, :organisation, :now, :now) returning id""")
			.param("request", requestId)
			.param("poster", posterId)
			.param("sender", senderId)
			.param("organisation", senderOrganisationId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a message, which its writer has read, and makes it the conversation's news.
	 */
	long addMessage(long conversationId, long senderId, String text, Instant now) {
		long id = jdbc.sql("""
				insert into message (conversation_id, sender_id, body, created_at)
				values (:conversation, :sender, :body, :now) returning id""")
			.param("conversation", conversationId)
			.param("sender", senderId)
			.param("body", text)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		jdbc.sql("""
				update conversation set last_message_at = :now,
				    poster_read_id = case when poster_id = :sender then :id else poster_read_id end,
				    sender_read_id = case when sender_id = :sender then :id else sender_read_id end
				where id = :conversation""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("sender", senderId)
			.param("id", id)
			.param("conversation", conversationId)
			.update();
		return id;
	}

	/** A page of the member's conversations, newest activity first. */
	List<InboxEntry> inbox(long memberId, int offset, int size, Language language) {
		return jdbc
			.sql("""
					select c.id, c.partner_request_id, r.title_en, r.title_zh, c.last_message_at,
					       other.display_name, other.email, other.enabled,
					       case when c.mine_as_poster then c.sender_shares_email else c.poster_shares_email end as shares,
					       %s, c.mine_as_poster,
					       last.body, last.sender_id = :me as last_mine,
					       (select count(*) from message m
					        where m.conversation_id = c.id and m.sender_id is distinct from :me
					          and m.id > case when c.mine_as_poster then c.poster_read_id else c.sender_read_id end) as unread
					from (
					    (select c.*, true as mine_as_poster from conversation c where c.poster_id = :me
					     order by c.last_message_at desc, c.id desc limit :until)
					    union all
					    (select c.*, false from conversation c where c.sender_id = :me
					     order by c.last_message_at desc, c.id desc limit :until)
					) c
					join partner_request r on r.id = c.partner_request_id
					join organisation ro on ro.id = r.organisation_id
					left join organisation so on so.id = c.sender_organisation_id
					left join account other on other.id = case when c.mine_as_poster then c.sender_id else c.poster_id end
					cross join lateral (select m.body, m.sender_id from message m where m.conversation_id = c.id
					                    order by m.id desc limit 1) last
					order by c.last_message_at desc, c.id desc
					offset :offset limit :size"""
				.formatted(organisationNames(language)))
			.param("me", memberId)
			.param("until", offset + size)
			.param("offset", offset)
			.param("size", size)
			.query((row, n) -> new InboxEntry(row.getLong("id"),
					RequestTitle.of(row.getLong("partner_request_id"), row.getString("title_en"),
							row.getString("title_zh"), language),
					other(row), row.getString("body"), instant(row, "last_message_at"), row.getBoolean("last_mine"),
					row.getInt("unread")))
			.list();
	}

	/**
	 * How many conversations the member has, and how many messages they have not read.
	 */
	InboxTotals totals(long memberId) {
		return jdbc.sql("""
				select count(*) as conversations,
				       coalesce(sum((select count(*) from message m
				                     where m.conversation_id = c.id and m.sender_id is distinct from :me
				                       and m.id > case when c.poster_id = :me then c.poster_read_id
				                                       else c.sender_read_id end)), 0) as unread
				from conversation c where c.poster_id = :me or c.sender_id = :me""")
			.param("me", memberId)
			.query((row, n) -> new InboxTotals(row.getInt("conversations"), row.getInt("unread")))
			.single();
	}

	/**
	 * A conversation as the member reads it, or nothing when they are not one of its
	 * sides.
	 */
	Optional<ThreadHead> head(long conversationId, long memberId, Language language) {
		return jdbc
			.sql("""
					select c.id, c.partner_request_id, r.title_en, r.title_zh, c.poster_id = :me as mine_as_poster,
					       other.id as other_id, other.display_name, other.email, other.enabled,
					       case when c.poster_id = :me then c.sender_shares_email else c.poster_shares_email end as shares,
					       case when c.poster_id = :me then c.poster_shares_email else c.sender_shares_email end as sharing,
					       %s,
					       me.display_name as my_name, me.email as my_email,
					       exists (select 1 from member_block b where b.blocker_id = :me and b.blocked_id = other.id)
					           as blocking,
					       exists (select 1 from member_block b where b.blocker_id = other.id and b.blocked_id = :me)
					           as blocked
					from conversation c
					join partner_request r on r.id = c.partner_request_id
					join organisation ro on ro.id = r.organisation_id
					left join organisation so on so.id = c.sender_organisation_id
					join account me on me.id = :me
					left join account other on other.id = case when c.poster_id = :me then c.sender_id else c.poster_id end
					where c.id = :conversation and (c.poster_id = :me or c.sender_id = :me)"""
				.formatted(organisationNames(language)))
			.param("me", memberId)
			.param("conversation", conversationId)
			.query((row, n) -> {
				boolean poster = row.getBoolean("mine_as_poster");
				String myOrganisation = poster ? row.getString("request_organisation")
						: emptyToNull(row.getString("sender_organisation"));
				Party me = new Party(row.getString("my_name"), myOrganisation,
						row.getBoolean("sharing") ? row.getString("my_email") : null, Party.State.ACTIVE);
				return new ThreadHead(row.getLong("id"),
						RequestTitle.of(row.getLong("partner_request_id"), row.getString("title_en"),
								row.getString("title_zh"), language),
						me, other(row), (Long) row.getObject("other_id"), row.getBoolean("sharing"),
						row.getBoolean("blocking"), row.getBoolean("blocked"));
			})
			.optional();
	}

	List<ThreadMessage> messages(long conversationId, long memberId) {
		return jdbc.sql("""
				select id, sender_id = :me as mine, body, created_at from message
				where conversation_id = :conversation order by id""")
			.param("me", memberId)
			.param("conversation", conversationId)
			.query((row, n) -> new ThreadMessage(row.getLong("id"), row.getBoolean("mine"), row.getString("body"),
					instant(row, "created_at")))
			.list();
	}

	void markRead(long conversationId, long memberId) {
		jdbc.sql("""
				update conversation c set
				    poster_read_id = case when c.poster_id = :me then last.id else c.poster_read_id end,
				    sender_read_id = case when c.sender_id = :me then last.id else c.sender_read_id end
				from (select coalesce(max(id), 0) as id from message where conversation_id = :conversation) last
				where c.id = :conversation""").param("me", memberId).param("conversation", conversationId).update();
	}

	void shareEmail(long conversationId, long memberId) {
		jdbc.sql("""
				update conversation set
				    poster_shares_email = poster_shares_email or poster_id = :me,
				    sender_shares_email = sender_shares_email or sender_id = :me
				where id = :conversation""").param("me", memberId).param("conversation", conversationId).update();
	}

	private static ConversationMember member(ResultSet row, int number) throws SQLException {
		return new ConversationMember(row.getLong("id"), row.getString("display_name"), row.getString("email"),
				Language.ofTag(row.getString("language")).orElse(Language.ORIGINAL));
	}

	private static Party other(ResultSet row) throws SQLException {
		boolean poster = row.getBoolean("mine_as_poster");
		String organisation = poster ? emptyToNull(row.getString("sender_organisation"))
				: row.getString("request_organisation");
		return Party.of(row.getString("display_name"), organisation, row.getString("email"), row.getBoolean("shares"),
				(Boolean) row.getObject("enabled"));
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp time = row.getTimestamp(column);
		return (time != null) ? time.toInstant() : null;
	}

	/** A member's conversations and unread messages. */
	public record InboxTotals(int conversations, int unread) {

	}

	/**
	 * A conversation's head as one side reads it.
	 *
	 * @param otherId the other side's account, {@code null} once deleted
	 * @param blocked whether the other side blocked the reader
	 */
	record ThreadHead(long id, RequestTitle request, Party me, Party other, Long otherId, boolean sharing,
			boolean blocking, boolean blocked) {

	}

	/**
	 * The columns {@code sender_organisation} (empty for none) and
	 * {@code request_organisation} of a conversation, named in the language.
	 */
	private static String organisationNames(Language language) {
		return "coalesce(" + TranslatedColumn.sql("so", "name", "name", language) + ", '') as sender_organisation, "
				+ TranslatedColumn.sql("ro", "name", "name", language) + " as request_organisation";
	}

}
