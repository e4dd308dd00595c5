package eu.clusterportal.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Keeps someone who signed in with a one-time password out of the admin pages until they
 * choose their own.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

	private final AccountRepository accounts;

	PasswordChangeInterceptor(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Principal principal = request.getUserPrincipal();
		boolean mustChange = principal != null
				&& accounts.findByEmail(principal.getName()).map(Account::isMustChangePassword).orElse(false);
		if (mustChange) {
			response.sendRedirect(request.getContextPath() + PasswordChangeController.PATH);
			return false;
		}
		return true;
	}

}
