package eu.clusterportal.account;

import java.security.SecureRandom;
import java.util.Base64;

/** Random passwords for a first sign-in, to be replaced by the person's own. */
final class OneTimePasswords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String generate() {
		byte[] random = new byte[15];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
