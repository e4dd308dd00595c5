package eu.clusterportal.account;

import java.security.Principal;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets a signed-in person choose a new password that is hard to guess, knowing the
 * current one.
 */
@Controller
class PasswordChangeController {

	static final String PATH = "/account/password";

	static final String VIEW = "account/password";

	private final AccountRepository accounts;

	private final AccountService service;

	private final PasswordStrength strength;

	private final CurrentPasswordCheck currentPasswords;

	PasswordChangeController(AccountRepository accounts, AccountService service, PasswordStrength strength,
			CurrentPasswordCheck currentPasswords) {
		this.accounts = accounts;
		this.service = service;
		this.strength = strength;
		this.currentPasswords = currentPasswords;
	}

	@GetMapping(PATH)
	String initForm(@ModelAttribute("form") PasswordChangeForm form) {
		return VIEW;
	}

	@PostMapping(PATH)
	String processForm(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			Principal principal, RedirectAttributes redirect) {
		Account account = accounts.findByEmail(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		if (form.getCurrentPassword() != null && !form.getCurrentPassword().isBlank()) {
			checkCurrentPassword(form.getCurrentPassword(), account, result);
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.confirmation.different");
		}
		if (form.getNewPassword() != null && form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "account.password.new.same");
		}
		if (!result.hasFieldErrors("newPassword")) {
			strength.weakness(form.getNewPassword(), account.getEmail(), account.getDisplayName())
				.ifPresent((reason) -> result.rejectValue("newPassword", "account.password.new.weak",
						new Object[] { reason }, null));
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		service.changeOwnPassword(account.getEmail(), form.getNewPassword());
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:" + SignInSuccessHandler.homeOf(account);
	}

	private void checkCurrentPassword(String currentPassword, Account account, BindingResult result) {
		switch (currentPasswords.check(account, currentPassword)) {
			case LOCKED -> result.rejectValue("currentPassword", "account.password.current.locked");
			case WRONG -> result.rejectValue("currentPassword", "account.password.current.wrong");
			case RIGHT -> {
			}
		}
	}

}
