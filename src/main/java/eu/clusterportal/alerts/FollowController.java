package eu.clusterportal.alerts;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.TextParameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's follows: the page that lists them with the digest's frequency, the page a
 * public page's "Follow" link leads to (it asks before following), and the changes.
 * Follows are a member's: editors and admins get 403.
 */
@Controller
class FollowController {

	static final String LIST_VIEW = "alerts/follows";

	static final String NEW_VIEW = "alerts/follow";

	private final FollowRepository follows;

	private final AccountRepository accounts;

	private final AlertsProperties properties;

	FollowController(FollowRepository follows, AccountRepository accounts, AlertsProperties properties) {
		this.follows = follows;
		this.accounts = accounts;
		this.properties = properties;
	}

	@GetMapping("/account/follows")
	String list(Principal principal, Language language, Model model) {
		Account member = member(principal);
		model.addAttribute("follows", follows.findAll(member.getId(), language));
		model.addAttribute("frequency", follows.frequency(member.getId()));
		model.addAttribute("frequencies", List.of(DigestFrequency.values()));
		model.addAttribute("mailLanguage", member.getLanguage());
		return LIST_VIEW;
	}

	@GetMapping("/account/follows/new")
	ModelAndView initFollow(HttpServletRequest request, Principal principal, Language language) {
		Account member = member(principal);
		FollowedThing thing = named(request, language);
		return new ModelAndView(NEW_VIEW,
				Map.of("thing", thing, "following", follows.follows(member.getId(), thing.kind(), thing.targetId())));
	}

	@PostMapping("/account/follows")
	ModelAndView follow(HttpServletRequest request, Principal principal, Language language,
			RedirectAttributes redirect) {
		Account member = member(principal);
		FollowedThing thing = named(request, language);
		if (!follows.follow(member.getId(), thing.kind(), thing.targetId(), properties.maxFollows())) {
			return new ModelAndView(NEW_VIEW,
					Map.of("thing", thing, "following", false, "limit", properties.maxFollows()),
					HttpStatus.TOO_MANY_REQUESTS);
		}
		redirect.addFlashAttribute("notice", "alerts.follows.followed");
		redirect.addFlashAttribute("noticeName", thing.name().value());
		return new ModelAndView("redirect:/account/follows");
	}

	@PostMapping("/account/follows/{id}/delete")
	String unfollow(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		follows.unfollow(member(principal).getId(), id);
		redirect.addFlashAttribute("notice", "alerts.follows.removed");
		return "redirect:/account/follows";
	}

	@PostMapping("/account/follows/frequency")
	String changeFrequency(@RequestParam(required = false) String frequency, Principal principal,
			RedirectAttributes redirect) {
		DigestFrequency chosen = Arrays.stream(DigestFrequency.values())
			.filter((value) -> value.name().equals(frequency))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		follows.setFrequency(member(principal).getId(), chosen);
		redirect.addFlashAttribute("notice", "alerts.follows.frequency.changed");
		return "redirect:/account/follows";
	}

	/**
	 * The one thing the request names by a kind's parameter, which must exist: else 404.
	 */
	private FollowedThing named(HttpServletRequest request, Language language) {
		Optional<FollowedThing> named = Optional.empty();
		for (FollowKind kind : FollowKind.values()) {
			String key = request.getParameter(kind.parameter());
			if (key != null) {
				if (named.isPresent()) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
				named = TextParameter.find(key, (text) -> follows.find(kind, text, language));
				if (named.isEmpty()) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
			}
		}
		return named.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Account member(Principal principal) {
		Account account = accounts.findByEmail(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		if (account.getRole() != Role.MEMBER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return account;
	}

}
