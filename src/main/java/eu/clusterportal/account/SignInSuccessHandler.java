package eu.clusterportal.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After signing in: first a new password if the account needs one, else where the person
 * was going, else their home: members their account's page, editors and admins the
 * administration. That page is named by its path alone: the address Spring Security
 * remembers is built from the request's {@code Host} header, which anyone can set.
 */
@Component
class SignInSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	static final String MEMBER_HOME = "/account";

	private final AccountRepository accounts;

	private final CookieRequestCache requestCache = new RootPathRequestCache();

	SignInSuccessHandler(AccountRepository accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/admin");
		requestCache.setCookieCustomizer((cookie) -> {
			cookie.setAttribute("SameSite", "Lax");
			cookie.setPath("/");
		});
	}

	/**
	 * Where a person lands after signing in when they were going nowhere in particular:
	 * members on their account's page, editors and admins on the administration's.
	 */
	static String homeOf(Account account) {
		return (account.getRole() == Role.MEMBER) ? MEMBER_HOME : "/admin";
	}

	/**
	 * Where the page asked for before signing in is remembered: a cookie, not a session,
	 * which only signing in makes.
	 */
	RequestCache requestCache() {
		return requestCache;
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		Optional<Account> account = accounts.findByEmail(authentication.getName());
		if (account.map(Account::isMustChangePassword).orElse(false)) {
			return PasswordChangeController.PATH;
		}
		String home = account.map(SignInSuccessHandler::homeOf).orElse(getDefaultTargetUrl());
		SavedRequest wanted = requestCache.getRequest(request, response);
		if (wanted == null) {
			return home;
		}
		requestCache.removeRequest(request, response);
		return pathOf(wanted, request.getContextPath()).orElse(home);
	}

	/**
	 * The remembered page's path and query within the portal, without scheme and host;
	 * none when the (browser-kept, so anyone's) address is not a plain path on this site,
	 * such as {@code //elsewhere} or {@code /\elsewhere}, which browsers read as another
	 * host. The context path is a language's prefix ({@code /zh}): a page asked for in
	 * another language than the sign-in page's opens in the sign-in page's language.
	 */
	private static Optional<String> pathOf(SavedRequest wanted, String contextPath) {
		try {
			URI uri = new URI(wanted.getRedirectUrl());
			String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
			if (!contextPath.isEmpty() && path.startsWith(contextPath + "/")) {
				path = path.substring(contextPath.length());
			}
			if (!path.startsWith("/") || path.startsWith("//")) {
				return Optional.empty();
			}
			return Optional.of((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Keeps the remembered page in a cookie for the whole site, not for the context path,
	 * which is a language's prefix: signing in on {@code /zh/login} must find and forget
	 * a page remembered on {@code /admin}.
	 */
	private static final class RootPathRequestCache extends CookieRequestCache {

		private static final String COOKIE_NAME = "REDIRECT_URI";

		@Override
		public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
			Cookie removed = new Cookie(COOKIE_NAME, "");
			removed.setSecure(request.isSecure());
			removed.setHttpOnly(true);
			removed.setPath("/");
			removed.setMaxAge(0);
			response.addCookie(removed);
		}

	}

}
