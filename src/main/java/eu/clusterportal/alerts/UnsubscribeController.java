package eu.clusterportal.alerts;

import java.util.Map;
import java.util.OptionalLong;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * One-click unsubscribe from digests, without signing in. Opening the link only shows a
 * button, so that mail scanners that open links change nothing; the POST (the button, or
 * the mail program's RFC 8058 request, which carries no CSRF token: security exempts this
 * path) sets the frequency to none and keeps the follows. A token that is not signed, or
 * names no account any more, gets a 404 page.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeTokens tokens;

	private final FollowRepository follows;

	UnsubscribeController(UnsubscribeTokens tokens, FollowRepository follows) {
		this.tokens = tokens;
		this.follows = follows;
	}

	@GetMapping("/unsubscribe")
	ModelAndView confirmation(@RequestParam(required = false) String token) {
		if (account(token).isEmpty()) {
			return invalid();
		}
		return new ModelAndView("alerts/unsubscribe", Map.of("token", token));
	}

	@PostMapping("/unsubscribe")
	ModelAndView unsubscribe(@RequestParam(required = false) String token) {
		OptionalLong account = account(token);
		if (account.isEmpty()) {
			return invalid();
		}
		follows.setFrequency(account.getAsLong(), DigestFrequency.NONE);
		return new ModelAndView("alerts/unsubscribed");
	}

	/** The signed token's account, if it still exists. */
	private OptionalLong account(String token) {
		OptionalLong signed = tokens.accountOf(token);
		if (signed.isEmpty()) {
			return signed;
		}
		return follows.accountExists(signed.getAsLong()) ? signed : OptionalLong.empty();
	}

	private static ModelAndView invalid() {
		return new ModelAndView("alerts/unsubscribe-invalid", HttpStatus.NOT_FOUND);
	}

}
