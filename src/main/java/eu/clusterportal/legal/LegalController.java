package eu.clusterportal.legal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.language.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The statements every public site owes its visitors: accessibility, privacy, cookies and
 * the legal notice. Their texts are messages; what depends on the installation (who runs
 * it, how to reach them, the session cookie) comes from its configuration.
 */
@Controller
class LegalController {

	static final String ACCESSIBILITY_VIEW = "legal/accessibility";

	static final String PRIVACY_VIEW = "legal/privacy";

	static final String COOKIES_VIEW = "legal/cookies";

	static final String NOTICE_VIEW = "legal/notice";

	/** When the accessibility statement was last checked against the portal. */
	static final LocalDate ACCESSIBILITY_REVIEWED_ON = LocalDate.of(2026, 12, 7);

	/** Spring Security's CookieCsrfTokenRepository names it so, for the sign-in page. */
	static final String CSRF_COOKIE = "XSRF-TOKEN";

	/** Spring Security's CookieRequestCache names it so, for the page asked for. */
	static final String REDIRECT_COOKIE = "REDIRECT_URI";

	/** A cookie the notice describes: its name, and the messages under its key. */
	record CookieFacts(String name, String key) {
	}

	private final ContactProperties contact;

	private final OperatorProperties operator;

	private final String sessionCookie;

	private final Duration sessionTimeout;

	private final Duration unconfirmedKept;

	LegalController(ContactProperties contact, OperatorProperties operator,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie, SessionTimeout sessionTimeout,
			@Value("${portal.members.unconfirmed-kept:7d}") Duration unconfirmedKept) {
		this.contact = contact;
		this.operator = operator;
		this.sessionCookie = sessionCookie;
		this.sessionTimeout = sessionTimeout.getTimeout();
		this.unconfirmedKept = unconfirmedKept;
	}

	@ModelAttribute
	void statementFacts(Model model) {
		model.addAttribute("contact", this.contact);
		model.addAttribute("operator", this.operator);
	}

	@GetMapping("/accessibility")
	String accessibility(Model model) {
		model.addAttribute("reviewedOn", ACCESSIBILITY_REVIEWED_ON);
		return ACCESSIBILITY_VIEW;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("sessionMinutes", this.sessionTimeout.toMinutes());
		model.addAttribute("unconfirmedDays", this.unconfirmedKept.toDays());
		return PRIVACY_VIEW;
	}

	@GetMapping("/cookies")
	String cookies(Model model) {
		model.addAttribute("cookies",
				List.of(new CookieFacts(this.sessionCookie, "session"), new CookieFacts(CSRF_COOKIE, "csrf"),
						new CookieFacts(REDIRECT_COOKIE, "redirect"),
						new CookieFacts(Languages.CHOICE_COOKIE, "language")));
		model.addAttribute("sessionMinutes", this.sessionTimeout.toMinutes());
		return COOKIES_VIEW;
	}

	@GetMapping("/legal-notice")
	String notice() {
		return NOTICE_VIEW;
	}

}
