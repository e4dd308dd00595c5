package eu.clusterportal.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After signing in: first a new password if the account needs one, else where the person
 * was going. That page is named by its path alone: the address Spring Security remembers
 * is built from the request's {@code Host} header, which anyone can set.
 */
@Component
class SignInSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	private final AccountRepository accounts;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SignInSuccessHandler(AccountRepository accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/admin");
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		boolean mustChange = accounts.findByEmail(authentication.getName())
			.map(Account::isMustChangePassword)
			.orElse(false);
		if (mustChange) {
			return PasswordChangeController.PATH;
		}
		SavedRequest wanted = requestCache.getRequest(request, response);
		if (wanted == null) {
			return getDefaultTargetUrl();
		}
		requestCache.removeRequest(request, response);
		return pathOf(wanted, request.getContextPath());
	}

	/**
	 * The remembered page's path and query within the portal, without scheme and host.
	 */
	private static String pathOf(SavedRequest wanted, String contextPath) {
		URI uri = URI.create(wanted.getRedirectUrl());
		String path = uri.getRawPath().substring(contextPath.length());
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

}
