package eu.clusterportal.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a signed-in request only the rights its account has now: when the account's
 * security stamp is no longer the one its session signed in with (disabled, role or
 * password changed since, even while that sign-in was still being checked), the session
 * ends and the request goes on as anonymous. One read by the account's unique e-mail
 * address per signed-in request.
 */
class SecurityStampFilter extends OncePerRequestFilter {

	private final AccountRepository accounts;

	SecurityStampFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount signedIn
				&& !accounts.findCurrentSecurityStamp(signedIn.getUsername())
					.filter(signedIn.getSecurityStamp()::equals)
					.isPresent()) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
