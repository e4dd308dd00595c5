package eu.clusterportal.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After signing in: first a new password if the account needs one, else where the person was going. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final AccountRepository accounts;

	SignInSuccessHandler(AccountRepository accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		boolean mustChange = accounts.findByEmail(authentication.getName())
			.map(Account::isMustChangePassword)
			.orElse(false);
		if (mustChange) {
			getRedirectStrategy().sendRedirect(request, response, PasswordChangeController.PATH);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
