package eu.clusterportal.cache;

import java.util.Locale;

/**
 * A cached page is the same for everyone asking for this path and query in this language,
 * in this {@link PageVariant}.
 */
record PageKey(String pathAndQuery, Locale locale, String variant) {

	PageKey(String pathAndQuery, Locale locale) {
		this(pathAndQuery, locale, "");
	}

	/** Bytes of the key's objects besides its characters. */
	private static final int OVERHEAD = 128;

	/** About the bytes the key holds in memory (up to two per character). */
	int weight() {
		return OVERHEAD + 2 * (this.pathAndQuery.length() + this.locale.toString().length() + this.variant.length());
	}

}
