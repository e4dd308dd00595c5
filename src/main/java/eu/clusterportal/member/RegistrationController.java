package eu.clusterportal.member;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.clusterportal.account.EmailAddresses;
import eu.clusterportal.account.PasswordStrength;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.member.AccountLinks.State;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Registration, the link that confirms the address, and a new link for one that expired.
 * Every answer about an address is the same whether it has an account; every link that
 * does not work gets a page that says why, with a 4xx status.
 */
@Controller
class RegistrationController {

	static final String FORM_VIEW = "members/register";

	static final String RESEND_VIEW = "members/resend";

	private final Registrations registrations;

	private final RegistrationThrottle throttle;

	private final PasswordStrength strength;

	private final MembersProperties properties;

	RegistrationController(Registrations registrations, RegistrationThrottle throttle, PasswordStrength strength,
			MembersProperties properties) {
		this.registrations = registrations;
		this.throttle = throttle;
		this.strength = strength;
		this.properties = properties;
	}

	/** How long a confirmation link works, which the pages about links say. */
	@ModelAttribute("hours")
	long hours() {
		return properties.confirmationValidity().toHours();
	}

	@InitBinder("form")
	void showControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "name", new VisibleControlCharacters());
		binder.registerCustomEditor(String.class, "email", new VisibleControlCharacters());
	}

	@GetMapping("/register")
	String initForm(@ModelAttribute("form") RegistrationForm form) {
		return FORM_VIEW;
	}

	@PostMapping("/register")
	ModelAndView processForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			Language language, HttpServletRequest request) {
		if (!result.hasFieldErrors("password")) {
			strength
				.weakness(form.getPassword(), Objects.toString(form.getEmail(), ""),
						Objects.toString(form.getName(), ""))
				.ifPresent((reason) -> result.rejectValue("password", "account.password.new.weak",
						new Object[] { reason }, null));
		}
		if (result.hasErrors()) {
			return new ModelAndView(FORM_VIEW);
		}
		if (!throttle.tryRequest(EmailAddresses.canonical(form.getEmail()), request.getRemoteAddr())) {
			return new ModelAndView(FORM_VIEW, Map.of("limited", true), HttpStatus.TOO_MANY_REQUESTS);
		}
		registrations.register(form, language);
		return new ModelAndView("redirect:/register/sent");
	}

	@GetMapping("/register/sent")
	String sent() {
		return "members/sent";
	}

	@GetMapping("/register/confirm")
	ModelAndView confirmation(@RequestParam(required = false) String token) {
		Optional<State> state = registrations.check(token);
		if (state.isPresent() && state.get() == State.USABLE) {
			return new ModelAndView("members/confirm", Map.of("token", token));
		}
		return unusable(state);
	}

	/**
	 * Confirms on a button press, not on opening the link: mail filters that open links
	 * to look at them would otherwise use it up.
	 */
	@PostMapping("/register/confirm")
	ModelAndView confirm(@RequestParam(required = false) String token) {
		if (registrations.confirm(token)) {
			return new ModelAndView("redirect:/register/confirmed");
		}
		return unusable(registrations.check(token));
	}

	@GetMapping("/register/confirmed")
	String confirmed() {
		return "members/confirmed";
	}

	@GetMapping("/register/resend")
	String initResendForm(@ModelAttribute("form") ResendForm form) {
		return RESEND_VIEW;
	}

	@PostMapping("/register/resend")
	ModelAndView processResendForm(@Valid @ModelAttribute("form") ResendForm form, BindingResult result,
			HttpServletRequest request) {
		if (result.hasErrors()) {
			return new ModelAndView(RESEND_VIEW);
		}
		if (!throttle.tryRequest(EmailAddresses.canonical(form.getEmail()), request.getRemoteAddr())) {
			return new ModelAndView(RESEND_VIEW, Map.of("limited", true), HttpStatus.TOO_MANY_REQUESTS);
		}
		registrations.resend(form.getEmail());
		return new ModelAndView("redirect:/register/sent");
	}

	@GetMapping("/register/deleted")
	String deleted() {
		return "members/deleted";
	}

	private static ModelAndView unusable(Optional<State> state) {
		if (state.isEmpty()) {
			return new ModelAndView("members/link-invalid", HttpStatus.NOT_FOUND);
		}
		return (state.get() == State.EXPIRED) ? new ModelAndView("members/link-expired", HttpStatus.GONE)
				: new ModelAndView("members/link-used", HttpStatus.CONFLICT);
	}

}
