package eu.clusterportal.outage;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.clusterportal.web.SecurityHeaders;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers a request that failed outside any controller because the database is
 * unreachable with {@link UnavailablePage}: reading the session of a visitor with a
 * session cookie, saving a new session (the sign-in form's CSRF token), checking a
 * sign-in. It runs before Spring Session's filter and renders the page itself, because
 * the error page that the server would forward to goes through that filter again and
 * would wait for the database once more.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableFilter.class);

	private final DatabaseOutage outage;

	private final ViewResolver views;

	private final LocaleResolver locales;

	private final SecurityHeaders securityHeaders;

	DatabaseUnavailableFilter(DatabaseOutage outage, ViewResolver views, LocaleResolver locales,
			SecurityHeaders securityHeaders) {
		this.outage = outage;
		this.views = views;
		this.locales = locales;
		this.securityHeaders = securityHeaders;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !outage.explains(ex)) {
				throw ex;
			}
			logger.warn("No database connection, " + request.getMethod() + " " + request.getRequestURI()
					+ " answered 503: " + NestedExceptionUtils.getMostSpecificCause(ex));
			render(request, response);
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws ServletException {
		response.reset();
		// Spring Security, which would write them, runs after the failed session filter.
		securityHeaders.writeHeaders(request, response);
		response.setStatus(UnavailablePage.STATUS.value());
		UnavailablePage.addRetryAfter(response);
		try {
			View view = views.resolveViewName(UnavailablePage.VIEW, locales.resolveLocale(request));
			if (view == null) {
				throw new IllegalStateException("No view " + UnavailablePage.VIEW);
			}
			view.render(Map.of(), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("Could not render " + UnavailablePage.VIEW, ex);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
