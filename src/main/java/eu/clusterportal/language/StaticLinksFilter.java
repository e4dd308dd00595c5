package eu.clusterportal.language;

import java.io.IOException;
import java.util.function.Predicate;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives links to static files on a page in another language their one address for every
 * language ({@code /css/portal-<hash>.css}, not {@code /zh/css/...}). It runs after
 * Spring Security, whose response passes no link on to the filters before it, and just
 * before the filter that puts the content hash into the file's name.
 */
final class StaticLinksFilter implements Filter {

	private final Predicate<String> staticFile;

	/**
	 * @param staticFile whether a path within the portal names a static file
	 */
	StaticLinksFilter(Predicate<String> staticFile) {
		this.staticFile = staticFile;
	}

	@Override
	public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) servletRequest;
		Language language = Languages.of(request);
		if (language.isOriginal()) {
			chain.doFilter(servletRequest, servletResponse);
			return;
		}
		chain.doFilter(request, new LanguageResponse((HttpServletResponse) servletResponse, request.getContextPath(),
				language.pathPrefix(), this.staticFile));
	}

}
