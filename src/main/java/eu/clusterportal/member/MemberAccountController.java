package eu.clusterportal.member;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.CurrentPasswordCheck;
import eu.clusterportal.account.Role;
import eu.clusterportal.editorial.Language;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own account: what it holds, the language of their mails, their data to
 * download, and its deletion. Editors and admins see their account's page too; the data
 * download and the deletion are for members (an editor's account is an admin's to
 * manage).
 */
@Controller
class MemberAccountController {

	static final String HOME_VIEW = "members/account";

	static final String DELETE_VIEW = "members/delete";

	private final AccountRepository accounts;

	private final MemberData data;

	private final AccountDeletion deletion;

	private final CurrentPasswordCheck passwords;

	private final Clock clock;

	MemberAccountController(AccountRepository accounts, MemberData data, AccountDeletion deletion,
			CurrentPasswordCheck passwords, Clock clock) {
		this.accounts = accounts;
		this.data = data;
		this.deletion = deletion;
		this.passwords = passwords;
		this.clock = clock;
	}

	@GetMapping("/account")
	String home(Principal principal, Model model) {
		model.addAttribute("account", signedIn(principal));
		model.addAttribute("languages", List.of(Language.values()));
		return HOME_VIEW;
	}

	@PostMapping("/account/language")
	String changeLanguage(@RequestParam(required = false) String language, Principal principal,
			RedirectAttributes redirect) {
		Language chosen = Language.ofTag(language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		Account account = signedIn(principal);
		account.setLanguage(chosen);
		accounts.save(account);
		redirect.addFlashAttribute("notice", "members.account.language.changed");
		return "redirect:/account";
	}

	@GetMapping("/account/data")
	ResponseEntity<Map<String, Object>> download(Principal principal) {
		Account account = member(principal);
		String fileName = "cluster-portal-data-" + LocalDate.now(clock) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(data.of(account));
	}

	@GetMapping("/account/delete")
	String initDeleteForm(@ModelAttribute("form") DeletionForm form, Principal principal) {
		member(principal);
		return DELETE_VIEW;
	}

	@PostMapping("/account/delete")
	String processDeleteForm(@Valid @ModelAttribute("form") DeletionForm form, BindingResult result,
			Principal principal) {
		Account account = member(principal);
		if (!result.hasErrors()) {
			switch (passwords.check(account, form.getPassword())) {
				case LOCKED -> result.rejectValue("password", "account.password.current.locked");
				case WRONG -> result.rejectValue("password", "members.delete.password.wrong");
				case RIGHT -> {
				}
			}
		}
		if (result.hasErrors()) {
			return DELETE_VIEW;
		}
		deletion.delete(account);
		return "redirect:/register/deleted";
	}

	private Account signedIn(Principal principal) {
		return accounts.findByEmail(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private Account member(Principal principal) {
		Account account = signedIn(principal);
		if (account.getRole() != Role.MEMBER) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return account;
	}

}
