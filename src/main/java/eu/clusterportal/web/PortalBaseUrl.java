package eu.clusterportal.web;

import java.net.URI;

import eu.clusterportal.editorial.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's public address, {@code portal.base-url} ({@code PORTAL_BASE_URL}), before
 * every absolute link it writes: canonical links, feeds, calendar files, the sitemap. It
 * is configured, never taken from the request, whose {@code Host} header anyone can set.
 * The portal does not start with an address that is not an absolute http or https URL
 * without query and fragment.
 *
 * @param baseUrl the address of the portal's home page, without the slash at its end
 */
@ConfigurationProperties("portal")
public record PortalBaseUrl(@DefaultValue("http://localhost:8080") String baseUrl) {

	public PortalBaseUrl {
		String given = baseUrl;
		URI uri = WebAddress.parse(given)
			.filter((u) -> u.getRawQuery() == null && u.getRawFragment() == null && u.getRawUserInfo() == null)
			.orElseThrow(() -> new IllegalArgumentException("portal.base-url must be an absolute http or https "
					+ "address without query or fragment, such as https://clusters.example.eu, not '" + given + "'"));
		baseUrl = uri.toString().replaceAll("/+$", "");
	}

	/** The absolute URL of a path on the portal. */
	public String url(String path) {
		return baseUrl + path;
	}

	/**
	 * The absolute URL of a page in a language: {@code /zh/news/1} for {@code /news/1} in
	 * Chinese.
	 */
	public String url(Language language, String path) {
		return baseUrl + language.pathPrefix() + path;
	}

	/** The portal's host name, for ids that must be unique worldwide. */
	public String host() {
		return URI.create(baseUrl).getHost();
	}

}
