package eu.clusterportal.organisation.membership.admin;

import java.security.Principal;

import eu.clusterportal.organisation.membership.AlreadyDecidedException;
import eu.clusterportal.web.TextCharacters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' queue of new profiles and claims: validate, or refuse with a reason. A
 * request another editor decided meanwhile is not decided again; the queue says so.
 */
@Controller
@RequestMapping("/admin/validations")
class ValidationQueueController {

	static final String VIEW = "admin/validations/list";

	private static final String TO_QUEUE = "redirect:/admin/validations";

	private static final int REASON_MAX = 1000;

	private final ValidationService service;

	ValidationQueueController(ValidationService service) {
		this.service = service;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("requests", service.pending());
		return VIEW;
	}

	@PostMapping("/{organisationId}/{accountId}/validate")
	String validate(@PathVariable long organisationId, @PathVariable long accountId, Principal editor,
			RedirectAttributes redirect) {
		try {
			service.validate(organisationId, accountId, editor.getName());
			redirect.addFlashAttribute("notice", "member-orgs.queue.validated");
		}
		catch (AlreadyDecidedException decided) {
			redirect.addFlashAttribute("notice", "member-orgs.queue.already-decided");
		}
		return TO_QUEUE;
	}

	@PostMapping("/{organisationId}/{accountId}/refuse")
	String refuse(@PathVariable long organisationId, @PathVariable long accountId,
			@RequestParam(required = false) String reason, Principal editor, Model model, RedirectAttributes redirect) {
		String trimmed = (reason != null) ? reason.strip() : "";
		String error = reasonError(trimmed);
		if (error != null) {
			model.addAttribute("refusing", organisationId + "-" + accountId);
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError", error);
			return queue(model);
		}
		try {
			service.refuse(organisationId, accountId, trimmed, editor.getName());
			redirect.addFlashAttribute("notice", "member-orgs.queue.refused");
		}
		catch (AlreadyDecidedException decided) {
			redirect.addFlashAttribute("notice", "member-orgs.queue.already-decided");
		}
		return TO_QUEUE;
	}

	/** Why the reason cannot be sent, as a message key, or {@code null}. */
	private static String reasonError(String reason) {
		if (reason.isEmpty()) {
			return "member-orgs.queue.reason.required";
		}
		if (reason.length() > REASON_MAX) {
			return "member-orgs.queue.reason.size";
		}
		if (!TextCharacters.isCleanText(reason)) {
			return "member-orgs.control-characters";
		}
		return null;
	}

}
