package eu.clusterportal.system;

import java.util.Locale;
import java.util.Map;

import com.github.slugify.Slugify;

/**
 * Makes the part of a page address that names an item ("Côte d'Ivoire" gives
 * "cote-d-ivoire"): lower-case ASCII letters and digits joined by single hyphens.
 */
public final class Slugs {

	/** The pattern the database checks slugs against. */
	public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

	// A fixed locale, so that the server's default language cannot change the slugs;
	// underscores and dashes separate words as hyphens do, and a few letters are spelt
	// out.
	private static final Slugify SLUGIFY = Slugify.builder()
		.locale(Locale.ENGLISH)
		.customReplacements(Map.of("_", "-", "\u2013", "-", "\u2014", "-", "\u00df", "ss", "\u00e6", "ae", "\u00c6",
				"Ae", "\u00f8", "o", "\u00d8", "O", "\u0153", "oe", "\u0152", "Oe"))
		.build();

	private Slugs() {
	}

	/** The slug for a name; empty when the name has no letters or digits it can use. */
	public static String of(String name) {
		String slug = SLUGIFY.slugify(name);
		return slug.matches(PATTERN) ? slug : "";
	}

	/**
	 * The slug for a name, cut to at most {@code maxLength} without a hyphen at its end.
	 */
	public static String of(String name, int maxLength) {
		String slug = of(name);
		return (slug.length() <= maxLength) ? slug : slug.substring(0, maxLength).replaceAll("-+$", "");
	}

}
