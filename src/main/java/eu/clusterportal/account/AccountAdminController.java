package eu.clusterportal.account;

import java.security.Principal;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create accounts, reset passwords, change roles and disable accounts. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	static final String LIST_VIEW = "admin/accounts/list";

	static final String FORM_VIEW = "admin/accounts/form";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/accounts";

	private final AccountRepository accounts;

	private final AccountService service;

	AccountAdminController(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.findByRoleInOrderByEmailAsc(Role.STAFF));
		model.addAttribute("roles", Role.STAFF);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") AccountForm form, Model model) {
		model.addAttribute("roles", Role.STAFF);
		return FORM_VIEW;
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getRole() != null && !Role.STAFF.contains(form.getRole())) {
			result.rejectValue("role", "accounts.role.required");
		}
		if (form.getEmail() != null && !result.hasFieldErrors("email") && service.emailTaken(form.getEmail())) {
			result.rejectValue("email", "accounts.email.taken");
		}
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("issued", service.create(form));
				return REDIRECT_TO_LIST;
			}
			catch (DataIntegrityViolationException ex) {
				// Another admin created an account with this address after the check
				// above.
				result.rejectValue("email", "accounts.email.taken");
			}
		}
		model.addAttribute("roles", Role.STAFF);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issued", service.resetPassword(id, admin.getName()));
		}
		catch (AccountService.OwnPasswordException ex) {
			redirect.addFlashAttribute("problem", "accounts.own-password");
		}
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
		return guarded(redirect, () -> service.changeRole(id, role));
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		return guarded(redirect, () -> service.setEnabled(id, enabled));
	}

	private String guarded(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "accounts.saved");
		}
		catch (AccountService.LastAdminException ex) {
			redirect.addFlashAttribute("problem", "accounts.last-admin");
		}
		return REDIRECT_TO_LIST;
	}

}
