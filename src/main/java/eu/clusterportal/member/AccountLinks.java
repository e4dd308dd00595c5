package eu.clusterportal.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links for an account, such as the one that confirms a member's address: a
 * random 256-bit token that travels only in the mail, of which the table keeps the
 * SHA-256. A token cannot be guessed or forged, and one changed by a single character
 * names no link; nobody who reads the table can use a link.
 */
@Component
class AccountLinks {

	enum Purpose {

		CONFIRM_EMAIL

	}

	/** What a token names, as far as the table knows. */
	enum State {

		USABLE, USED, EXPIRED

	}

	record Link(long accountId, State state) {
	}

	/** 32 random bytes in unpadded base64url. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new link's token, working for {@code validity} from now. */
	String issue(long accountId, Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into account_link (purpose, account_id, token_hash, expires_at)
				values (:purpose, :account, :hash, :expires)""")
			.param("purpose", purpose.name())
			.param("account", accountId)
			.param("hash", hash(token))
			.param("expires", utc(clock.instant().plus(validity)))
			.update();
		return token;
	}

	/** The link this token names, if any, without using it. */
	Optional<Link> find(String token, Purpose purpose) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id, used_at is not null as used, expires_at <= :now as expired
				from account_link where token_hash = :hash and purpose = :purpose""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", utc(clock.instant()))
			.query((row, number) -> new Link(row.getLong("account_id"),
					row.getBoolean("used") ? State.USED : row.getBoolean("expired") ? State.EXPIRED : State.USABLE))
			.optional();
	}

	/**
	 * Uses the link if it is still usable, in one statement, so that two clicks at the
	 * same moment use it once; answers the account it belongs to.
	 */
	Optional<Long> use(String token, Purpose purpose) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update account_link set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning account_id""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", utc(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Removes links that expired before {@code before}: nobody can use them any more. */
	int deleteExpiredBefore(Instant before) {
		return jdbc.sql("delete from account_link where expires_at < ?").param(utc(before)).update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
