package eu.clusterportal.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.NameOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members follow and how often they want a digest, in plain SQL: members' choices
 * are on no public page, so writing them clears no kept page.
 */
@Repository
public class FollowRepository {

	private final JdbcClient jdbc;

	FollowRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The thing of a kind with the given key that has a public page, if there is one. */
	@Transactional(readOnly = true)
	public Optional<FollowedThing> find(FollowKind kind, String key, Language language) {
		return jdbc.sql("select * from (" + kind.targets(language) + ") x where x.key = :key")
			.param("key", key)
			.query((rs, row) -> thing(null, kind, rs.getLong("target_id"), rs.getString("key"), rs.getString("name"),
					rs.getBoolean("in_language"), rs.getString("iso_code"), language))
			.optional();
	}

	/** What the member follows, by kind, each kind by name. */
	@Transactional(readOnly = true)
	public List<FollowedThing> findAll(long accountId, Language language) {
		List<FollowedThing> things = new ArrayList<>();
		for (FollowKind kind : FollowKind.values()) {
			things.addAll(jdbc
				.sql("select f.id, x.* from follow f join (" + kind.targets(language) + ") x on x.target_id = f."
						+ kind.column() + " where f.account_id = :account")
				.param("account", accountId)
				.query((rs, row) -> thing(rs.getLong("id"), kind, rs.getLong("target_id"), rs.getString("key"),
						rs.getString("name"), rs.getBoolean("in_language"), rs.getString("iso_code"), language))
				.list()
				.stream()
				.sorted(NameOrder.by(language, (thing) -> thing.name().value()))
				.toList());
		}
		return things;
	}

	/** Whether the member follows the thing already. */
	@Transactional(readOnly = true)
	public boolean follows(long accountId, FollowKind kind, long targetId) {
		return jdbc.sql("select count(*) from follow where account_id = :account and " + kind.column() + " = :target")
			.param("account", accountId)
			.param("target", targetId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Follows the thing, unless the member follows it already or follows {@code limit}
	 * things: the account's row is locked, so two requests at once cannot pass the limit.
	 * @return whether the member follows it now
	 */
	@Transactional
	public boolean follow(long accountId, FollowKind kind, long targetId, int limit) {
		jdbc.sql("select id from account where id = :account for update")
			.param("account", accountId)
			.query()
			.listOfRows();
		if (follows(accountId, kind, targetId)) {
			return true;
		}
		long count = jdbc.sql("select count(*) from follow where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
		if (count >= limit) {
			return false;
		}
		jdbc.sql("insert into follow (account_id, " + kind.column() + ") values (:account, :target)")
			.param("account", accountId)
			.param("target", targetId)
			.update();
		return true;
	}

	/** Stops following; a follow of another member's is left alone. */
	@Transactional
	public void unfollow(long accountId, long followId) {
		jdbc.sql("delete from follow where id = :id and account_id = :account")
			.param("id", followId)
			.param("account", accountId)
			.update();
	}

	@Transactional(readOnly = true)
	public DigestFrequency frequency(long accountId) {
		return jdbc.sql("select frequency from digest_subscription where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(DigestFrequency::valueOf)
			.orElse(DigestFrequency.DEFAULT);
	}

	@Transactional
	public void setFrequency(long accountId, DigestFrequency frequency) {
		jdbc.sql("""
				insert into digest_subscription (account_id, frequency) values (:account, :frequency)
				on conflict (account_id) do update set frequency = excluded.frequency, changed_at = now()""")
			.param("account", accountId)
			.param("frequency", frequency.name())
			.update();
	}

	@Transactional(readOnly = true)
	public boolean accountExists(long accountId) {
		return jdbc.sql("select count(*) from account where id = :id")
			.param("id", accountId)
			.query(Long.class)
			.single() > 0;
	}

	private static FollowedThing thing(Long followId, FollowKind kind, long targetId, String key, String name,
			boolean inLanguage, String isoCode, Language language) {
		String shown = (kind == FollowKind.COUNTRY) ? CountryNames.in(language, isoCode, name) : name;
		LocalizedText named = new LocalizedText(shown, inLanguage ? language : Language.ORIGINAL, !inLanguage);
		return new FollowedThing(followId, kind, targetId, key, named, kind.pagePath(key));
	}

}
