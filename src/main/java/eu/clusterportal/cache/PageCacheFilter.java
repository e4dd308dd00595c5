package eu.clusterportal.cache;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves anonymous visitors' GET and HEAD requests for public pages from the
 * {@link PageCache}, before Spring Session and Spring Security run, so a page served from
 * the cache opens no session and asks the database nothing; otherwise lets the portal
 * render the page and keeps it if everyone may see it, one request at a time per page:
 * the others for the same page wait for that render (a bounded time, then render
 * themselves). A request with a session cookie (possibly someone signed in) neither gets
 * a kept page nor leaves one. With keeping off, a page everyone may see still gets the
 * same validators and {@code Cache-Control}, so that browsers and shared caches may keep
 * it.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	/** Paths whose pages are personal, or not pages. */
	private static final List<String> NEVER_KEPT = List.of("/admin", "/account", "/login", "/logout", "/actuator",
			"/error");

	/** Pages, feeds, calendars and lists: what the portal renders for everyone. */
	private static final List<MediaType> KEPT_TYPES = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XML,
			MediaType.TEXT_XML, MediaType.APPLICATION_ATOM_XML, MediaType.parseMediaType("text/calendar"),
			MediaType.parseMediaType("text/csv"));

	/**
	 * Headers that depend on the request (HSTS over HTTPS only), which Spring Security
	 * would have added: Spring Security's default HSTS, as the portal's security
	 * configuration keeps it.
	 */
	private static final HeaderWriter PER_REQUEST_HEADERS = new HstsHeaderWriter();

	/** The pattern of a country's page, naming the variable that holds its slug. */
	private static final Pattern COUNTRY_PAGE = Pattern.compile("(?:/[^/]+)?/countries/\\{(\\w+)}");

	private final PageCache pages;

	private final LocaleResolver locales;

	private final Clock clock;

	private final String sessionCookie;

	private final int maxPageSize;

	private final int maxQueryLength;

	private final String cacheControl;

	private final boolean keep;

	/**
	 * @param keep whether pages are kept, or only sent with validators
	 */
	PageCacheFilter(PageCache pages, LocaleResolver locales, Clock clock, String sessionCookie, int maxPageSize,
			int maxQueryLength, String cacheControl, boolean keep) {
		this.pages = pages;
		this.locales = locales;
		this.clock = clock;
		this.sessionCookie = sessionCookie;
		this.maxPageSize = maxPageSize;
		this.maxQueryLength = maxQueryLength;
		this.cacheControl = cacheControl;
		this.keep = keep;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long generation = this.pages.generation();
		boolean keeping = this.keep && generation != PageCache.UNTRUSTED;
		if (!isAnonymousRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		PageKey key = new PageKey(pathAndQuery(request), this.locales.resolveLocale(request), PageVariant.of(request));
		LocalDate today = LocalDate.now(this.clock);
		CachedPage kept = keeping ? this.pages.find(key, today) : null;
		if (kept != null) {
			serve(kept, request, response);
			return;
		}
		if (HttpMethod.HEAD.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (!keeping) {
			render(request, response, chain, key, today, generation, null);
			return;
		}
		CompletableFuture<CachedPage> render = new CompletableFuture<>();
		Optional<CompletableFuture<CachedPage>> elsewhere = this.pages.renderingElsewhere(key, generation, render);
		if (elsewhere.isPresent()) {
			CachedPage renderedElsewhere = this.pages.await(elsewhere.get());
			if (renderedElsewhere != null) {
				serve(renderedElsewhere, request, response);
			}
			else {
				render(request, response, chain, key, today, generation, null);
			}
			return;
		}
		try {
			render(request, response, chain, key, today, generation, render);
		}
		finally {
			this.pages.rendered(key, render, null);
		}
	}

	private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		PER_REQUEST_HEADERS.writeHeaders(request, response);
		page.writeTo(request, response, this.cacheControl);
	}

	/**
	 * Lets the portal answer, keeps the page if everyone may see it and ends the render
	 * others wait for, if given, before sending it.
	 */
	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, PageKey key,
			LocalDate today, long generation, CompletableFuture<CachedPage> awaited)
			throws IOException, ServletException {
		ResponseCapture capture = new ResponseCapture(response, this.maxPageSize, PageCacheFilter::mayBeKept);
		ParameterReadingRequest reading = new ParameterReadingRequest(request);
		RenderedEntities.Loaded loaded = RenderedEntities.start();
		try {
			chain.doFilter(reading, capture);
		}
		finally {
			RenderedEntities.stop();
		}
		byte[] body = capture.body();
		if (body == null) {
			return;
		}
		if (!isForEveryone(response)) {
			capture.sendHeldBody();
			return;
		}
		CachedPage page = CachedPage.of(response, body, key.locale(), today, generation, tagsOf(request, loaded));
		if (this.keep && isKeptFor(request.getQueryString(), reading)) {
			this.pages.store(key, page);
		}
		if (awaited != null) {
			this.pages.rendered(key, awaited, page);
		}
		page.writeTo(request, response, this.cacheControl);
	}

	private boolean isAnonymousRead(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasSessionCookie(request)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NEVER_KEPT.stream().noneMatch((excluded) -> path.equals(excluded) || path.startsWith(excluded + "/"));
	}

	private boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (cookie.getName().equals(this.sessionCookie)) {
				return true;
			}
		}
		return false;
	}

	/** A complete page without anything of one person's (a new session's cookie). */
	private static boolean isForEveryone(HttpServletResponse response) {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.getContentType() == null
				|| !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			return false;
		}
		return isKeptType(response.getContentType());
	}

	/** Whether an answer whose body starts may be kept, as far as its head tells. */
	private static boolean mayBeKept(HttpServletResponse response) {
		return response.getStatus() == HttpServletResponse.SC_OK
				&& (response.getContentType() == null || isKeptType(response.getContentType()));
	}

	private static boolean isKeptType(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		return KEPT_TYPES.stream().anyMatch((kept) -> kept.equalsTypeAndSubtype(type));
	}

	/**
	 * Whether the page may be kept under this query: a short one (the key is memory too)
	 * whose every parameter the page read.
	 */
	private boolean isKeptFor(String query, ParameterReadingRequest reading) {
		return query == null || (query.length() <= this.maxQueryLength && reading.readEveryParameter());
	}

	/**
	 * A country's page (whatever comes before {@code /countries/{slug}}, a language
	 * later) is cleared by changes in that country and of the rows it loaded; any other
	 * page by every change.
	 */
	@SuppressWarnings("unchecked")
	private static PageTags tagsOf(HttpServletRequest request, RenderedEntities.Loaded loaded) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Matcher countryPage = COUNTRY_PAGE.matcher((pattern != null) ? pattern.toString() : "");
		if (!countryPage.matches()) {
			return PageTags.EVERY_CHANGE;
		}
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String slug = (variables != null) ? variables.get(countryPage.group(1)) : null;
		return (slug != null) ? loaded.aboutCountry(slug) : PageTags.EVERY_CHANGE;
	}

	private static String pathAndQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

}
