package eu.clusterportal.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request for a page in another language as the portal sees it: the language's prefix
 * is part of the context path, so the path within the portal is the English page's.
 */
final class LanguageRequest extends HttpServletRequestWrapper {

	private final String prefix;

	LanguageRequest(HttpServletRequest request, String prefix) {
		super(request);
		this.prefix = prefix;
	}

	@Override
	public String getContextPath() {
		return super.getContextPath() + this.prefix;
	}

	/**
	 * The address asked for; on an error dispatch, the error page's address under the
	 * language's prefix, as the context path must begin it.
	 */
	@Override
	public String getRequestURI() {
		String uri = super.getRequestURI();
		String context = super.getContextPath();
		if (LanguagePaths.startsWithSegment(uri, context + this.prefix)) {
			return uri;
		}
		return context + this.prefix + uri.substring(context.length());
	}

	@Override
	public StringBuffer getRequestURL() {
		StringBuffer url = super.getRequestURL();
		String original = super.getRequestURI();
		String uri = getRequestURI();
		if (!uri.equals(original) && url.toString().endsWith(original)) {
			url.replace(url.length() - original.length(), url.length(), uri);
		}
		return url;
	}

	@Override
	public String getServletPath() {
		return withoutPrefix(super.getServletPath());
	}

	@Override
	public String getPathInfo() {
		return withoutPrefix(super.getPathInfo());
	}

	private String withoutPrefix(String path) {
		return (path != null && LanguagePaths.startsWithSegment(path, this.prefix))
				? path.substring(this.prefix.length()) : path;
	}

}
