package eu.clusterportal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for a web address that the portal stores and links to: it parses as a
 * {@link URI}, is absolute, uses {@code http} or {@code https}, names a host, no user
 * name or password (a link would show one host and open another), and a port only from 1
 * to 65535, and holds no whitespace or control characters. Forms check it
 * ({@link ValidWebAddress}), and everything that renders a stored address checks it
 * again, so that an address stored before the rule, or by other means, never breaks a
 * page or feed: it falls back to the portal's own page for the item.
 */
public final class WebAddress {

	private static final Set<String> SCHEMES = Set.of("http", "https");

	private static final int MAX_PORT = 65535;

	private WebAddress() {
	}

	/** The address as a URI, or empty when it does not follow the rule. */
	public static Optional<URI> parse(String text) {
		if (text == null || text.isEmpty()
				|| text.codePoints().anyMatch((c) -> Character.isWhitespace(c) || Character.isISOControl(c))) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(text);
			boolean web = uri.isAbsolute() && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
					&& uri.getHost() != null && uri.getRawUserInfo() == null && uri.getPort() <= MAX_PORT
					&& uri.getPort() != 0;
			return web ? Optional.of(uri) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	public static boolean isValid(String text) {
		return parse(text).isPresent();
	}

	/** The address when it follows the rule, otherwise the fallback. */
	public static String orElse(String text, String fallback) {
		return isValid(text) ? text : fallback;
	}

}
