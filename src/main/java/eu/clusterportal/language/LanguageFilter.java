package eu.clusterportal.language;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import eu.clusterportal.cache.PageVariant;
import eu.clusterportal.editorial.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Gives a page in a language other than English, {@code /zh/countries/china}, to the rest
 * of the portal as {@code /countries/china} under the context path {@code /zh}: the
 * controllers, Spring Security and the page cache see one route per page, and every link
 * and redirect they write ({@code @{/...}}, {@code redirect:/...}, the sign-in page)
 * stays in the language. An error dispatch takes its language from the address that
 * failed, so a page missing under {@code /zh} gets the Chinese error page. A static file
 * has no address under a prefix (see {@link StaticLinksFilter}). {@code ?lang=zh-CN} on
 * any page leads to the page in that language. An English page offers the Chinese one to
 * a browser that prefers Chinese, until the visitor chose ({@link LanguageChoice}).
 * <p>
 * Request attributes for the rest of the portal: the page's {@link Language}
 * ({@value #ATTRIBUTE}, which templates read as {@code ${pageLanguage}}), its
 * {@link PageAddress} and the language offered, if any.
 */
final class LanguageFilter implements Filter {

	/** The request attribute holding the page's {@link Language}. */
	static final String ATTRIBUTE = "pageLanguage";

	/** The request attribute holding the page's {@link PageAddress}. */
	static final String ADDRESS_ATTRIBUTE = PageAddress.class.getName();

	/** The request attribute holding the {@link Language} the page offers, if any. */
	static final String OFFER_ATTRIBUTE = LanguageFilter.class.getName() + ".offer";

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
		boolean error = request.getDispatcherType() == DispatcherType.ERROR;
		String path = pathWithinContext(request, error);
		Language language = LanguagePaths.languageOf(path);
		String page = path.substring(language.pathPrefix().length());
		request.setAttribute(ATTRIBUTE, language);
		if (!error || !(request.getAttribute(ADDRESS_ATTRIBUTE) instanceof PageAddress)) {
			request.setAttribute(ADDRESS_ATTRIBUTE, new PageAddress(request.getContextPath(),
					page.isEmpty() ? "/" : page, error ? null : request.getQueryString()));
		}
		if (request.getDispatcherType() == DispatcherType.REQUEST && answered(request, response, language, page)) {
			return;
		}
		if (language.isOriginal()) {
			chain.doFilter(request, response);
		}
		else {
			chain.doFilter(new LanguageRequest(request, language.pathPrefix()), response);
		}
	}

	/**
	 * Answers what needs no page: the Chinese front page without its slash, a static file
	 * under a prefix, a {@code lang} parameter. Otherwise notes whether the page offers
	 * another language.
	 */
	private boolean answered(HttpServletRequest request, HttpServletResponse response, Language language, String page)
			throws IOException {
		PageAddress address = (PageAddress) request.getAttribute(ADDRESS_ATTRIBUTE);
		if (!language.isOriginal() && page.isEmpty()) {
			// the front page's address ends with a slash, as the English one does
			redirect(response, address.in(language));
			return true;
		}
		if (!language.isOriginal() && this.staticFile.test(page)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return true;
		}
		boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		Optional<Language> asked = address.languageAskedFor();
		if (read && asked.isPresent()) {
			redirect(response, address.withoutLanguageParameter().in(asked.get()));
			return true;
		}
		if (language.isOriginal() && read && !hasChosen(request) && prefersChinese(request)) {
			request.setAttribute(OFFER_ATTRIBUTE, Language.SIMPLIFIED_CHINESE);
			PageVariant.set(request, "offer:" + Language.SIMPLIFIED_CHINESE.tag());
		}
		return false;
	}

	private static void redirect(HttpServletResponse response, String location) {
		response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.LOCATION, location);
	}

	/** Whether the visitor chose a language ({@link LanguageChoice}'s cookie). */
	private static boolean hasChosen(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(LanguageChoice.COOKIE)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether the browser's languages name Chinese before English (or Chinese only):
	 * {@code zh-CN,zh;q=0.9,en;q=0.8}, not {@code en-GB,zh;q=0.5}.
	 */
	private static boolean prefersChinese(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return false;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getWeight() > 0) {
					Optional<Language> language = LanguagePaths.languageOfTag(range.getRange());
					if (language.isPresent()) {
						return language.get() == Language.SIMPLIFIED_CHINESE;
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

	/**
	 * The address the visitor asked for, within the server's context: on an error
	 * dispatch the one that failed, not the error page's.
	 */
	private static String pathWithinContext(HttpServletRequest request, boolean error) {
		String uri = request.getRequestURI();
		if (error && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			uri = failed;
		}
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
