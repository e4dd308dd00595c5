package eu.clusterportal.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs an account out of its sessions once a change to its access is committed: the one
 * place that does. Sessions live in the shared session store, so deleting them there
 * signs the account out on every instance at once; the next request of such a session
 * finds no session and is sent to sign in. A session written after this, by a sign-in
 * checked against the account as it was, ends at its first request
 * ({@link SecurityStampFilter}).
 */
@Component
public class AccountSessions {

	/**
	 * The access of this account changed (its new security stamp committed); its sessions
	 * end, except the current request's if {@code keepCurrent}, which takes the new
	 * stamp.
	 */
	public record AccessChanged(Account account, boolean keepCurrent) {
	}

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	// After the commit: a session ended earlier could sign in again under the old state.
	@TransactionalEventListener
	void end(AccessChanged change) {
		HttpSession current = currentSession();
		for (String id : sessions.findByPrincipalName(change.account().getEmail()).keySet()) {
			if (current == null || !id.equals(current.getId())) {
				sessions.deleteById(id);
			}
			else if (change.keepCurrent()) {
				keepSignedIn(current, change.account());
			}
			else {
				// Through the request, so that the session filter does not save it again.
				current.invalidate();
			}
		}
	}

	private static void keepSignedIn(HttpSession session, Account account) {
		SignedInAccount signedIn = SignedInAccount.of(account);
		signedIn.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
		SecurityContextHolder.setContext(context);
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

	private static HttpSession currentSession() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getSession(false) : null;
	}

}
