package eu.clusterportal.cache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What else than its address and language decides a page's content for anonymous
 * visitors, as a filter before the page cache tells it: an offer of the page in the
 * language the browser prefers. The cache keeps each variant apart.
 */
public final class PageVariant {

	private static final String ATTRIBUTE = PageVariant.class.getName();

	private PageVariant() {
	}

	/** Names the variant of the page the request asks for. */
	public static void set(HttpServletRequest request, String variant) {
		request.setAttribute(ATTRIBUTE, variant);
	}

	/** The variant the request asks for, "" for the plain page. */
	static String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String variant) ? variant : "";
	}

}
