package eu.clusterportal.alerts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.function.SingletonSupplier;

/**
 * The tokens of one-click unsubscribe links: an account's id and an HMAC-SHA256 over it
 * and the link's purpose, so that a link works without signing in, for its own account
 * only, and a changed character makes it name nothing. It never expires: a digest read
 * months later can still stop the next ones.
 */
public final class UnsubscribeTokens {

	static final String DIGEST_PURPOSE = "digest-unsubscribe";

	private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");

	private final Supplier<SecretKeySpec> key;

	UnsubscribeTokens(String secret) {
		this(() -> secret);
	}

	/**
	 * Tokens with a secret read on first use (from the database, after its migrations).
	 */
	UnsubscribeTokens(Supplier<String> secret) {
		this.key = SingletonSupplier
			.of(() -> new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
	}

	/** The token of the given account's unsubscribe link. */
	public String sign(long accountId) {
		return accountId + "." + signature(accountId);
	}

	/** The account a token was signed for, or none for anything else. */
	OptionalLong accountOf(String token) {
		if (token == null) {
			return OptionalLong.empty();
		}
		var parts = TOKEN.matcher(token);
		if (!parts.matches()) {
			return OptionalLong.empty();
		}
		long accountId = Long.parseLong(parts.group(1));
		// compared as text: decoding would let the spare bits of the last character vary
		boolean signed = MessageDigest.isEqual(parts.group(2).getBytes(StandardCharsets.US_ASCII),
				signature(accountId).getBytes(StandardCharsets.US_ASCII));
		return signed ? OptionalLong.of(accountId) : OptionalLong.empty();
	}

	private String signature(long accountId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key.get());
			byte[] signature = mac.doFinal((accountId + ":" + DIGEST_PURPOSE).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is missing", ex);
		}
	}

}
