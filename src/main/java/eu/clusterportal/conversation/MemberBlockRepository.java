package eu.clusterportal.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who blocked whom: a blocked member's messages never reach the one who blocked them. */
@Repository
class MemberBlockRepository {

	private final JdbcClient jdbc;

	MemberBlockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean blocks(long blockerId, long blockedId) {
		return jdbc.sql("select exists (select 1 from member_block where blocker_id = ? and blocked_id = ?)")
			.params(blockerId, blockedId)
			.query(Boolean.class)
			.single();
	}

	void block(long blockerId, long blockedId, Instant now) {
		jdbc.sql("""
				insert into member_block (blocker_id, blocked_id, created_at) values (?, ?, ?)
				on conflict do nothing""").params(blockerId, blockedId, now.atOffset(ZoneOffset.UTC)).update();
	}

	void unblock(long blockerId, long blockedId) {
		jdbc.sql("delete from member_block where blocker_id = ? and blocked_id = ?")
			.params(blockerId, blockedId)
			.update();
	}

	/** The members the blocker blocked, newest first. */
	List<BlockedMember> blockedBy(long blockerId) {
		return jdbc.sql("""
				select a.id, a.display_name, b.created_at from member_block b join account a on a.id = b.blocked_id
				where b.blocker_id = ? order by b.created_at desc, a.id""")
			.param(blockerId)
			.query((row, n) -> new BlockedMember(row.getLong("id"), row.getString("display_name"),
					row.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** A member one blocked, by name. */
	public record BlockedMember(long id, String name, Instant since) {

	}

}
