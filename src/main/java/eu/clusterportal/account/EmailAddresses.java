package eu.clusterportal.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of an e-mail address that the portal stores, looks accounts up by and
 * throttles sign-ins by, so that every spelling of an address is one account and one
 * lock. Migration V12 brought the stored addresses into this form.
 */
public final class EmailAddresses {

	/** The longest address an account can have, and a throttle key. */
	public static final int MAX_LENGTH = 254;

	private EmailAddresses() {
	}

	/**
	 * Compatibility characters become their plain form (full-width letters, ligatures),
	 * surrounding white space goes, and letters are lower-cased the same in every locale;
	 * normalised once more because lower-casing can undo normalisation.
	 */
	public static String canonical(String typed) {
		String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
		return Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
	}

}
