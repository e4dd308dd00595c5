package eu.clusterportal.language;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Links to static files lose the language's prefix that the context path gave them: a
 * file has one address (and one copy in browsers' caches) for every language.
 */
final class LanguageResponse extends HttpServletResponseWrapper {

	private final String languageContext;

	private final String context;

	private final Predicate<String> staticFile;

	/**
	 * @param languageContext the context path with the language's prefix at its end
	 */
	LanguageResponse(HttpServletResponse response, String languageContext, String prefix,
			Predicate<String> staticFile) {
		super(response);
		this.languageContext = languageContext;
		this.context = languageContext.substring(0, languageContext.length() - prefix.length());
		this.staticFile = staticFile;
	}

	@Override
	public String encodeURL(String url) {
		if (LanguagePaths.startsWithSegment(url, this.languageContext)) {
			String path = url.substring(this.languageContext.length());
			if (this.staticFile.test(path)) {
				return super.encodeURL(this.context + path);
			}
		}
		return super.encodeURL(url);
	}

}
