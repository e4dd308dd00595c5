package eu.clusterportal.language;

import java.io.IOException;
import java.util.function.Predicate;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives a page in a language other than English, {@code /zh/countries/china}, to the rest
 * of the portal as {@code /countries/china} under the context path {@code /zh}: the
 * controllers, Spring Security and the page cache see one route per page, and every link
 * and redirect they write ({@code @{/...}}, {@code redirect:/...}, the sign-in page)
 * stays in the language. An error dispatch takes its language from the address that
 * failed, so a page missing under {@code /zh} gets the Chinese error page. A static file
 * has no address under a prefix (see {@link StaticLinksFilter}). The page's
 * {@link Language} is the request attribute {@value #ATTRIBUTE}, which templates read as
 * {@code ${pageLanguage}}.
 */
final class LanguageFilter implements Filter {

	/** The request attribute holding the page's {@link Language}. */
	static final String ATTRIBUTE = "pageLanguage";

	private final Predicate<String> staticFile;

	/**
	 * @param staticFile whether a path within the portal names a static file, which has
	 * one address for every language
	 */
	LanguageFilter(Predicate<String> staticFile) {
		this.staticFile = staticFile;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		HttpServletResponse response = (HttpServletResponse) servletResponse;
		String path = pathWithinContext(request);
		Language language = LanguagePaths.languageOf(path);
		request.setAttribute(ATTRIBUTE, language);
		if (language.isOriginal()) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && path.equals(language.pathPrefix())) {
			// the front page's address ends with a slash, as the English one does
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location",
					request.getContextPath() + path + "/" + ((query != null) ? "?" + query : ""));
			return;
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST
				&& this.staticFile.test(path.substring(language.pathPrefix().length()))) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(new LanguageRequest(request, language.pathPrefix()), response);
	}

	/**
	 * The address the visitor asked for, within the server's context: on an error
	 * dispatch the one that failed, not the error page's.
	 */
	private static String pathWithinContext(HttpServletRequest request) {
		String uri = request.getRequestURI();
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			uri = failed;
		}
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
