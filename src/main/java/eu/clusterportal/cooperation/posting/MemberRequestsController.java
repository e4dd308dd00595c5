package eu.clusterportal.cooperation.posting;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.EditConflictException;
import eu.clusterportal.editorial.Language;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's partner requests: the list with the state of each, a new one for an
 * organisation they represent, editing and closing. Text fields are trimmed and blank
 * ones are empty. A saved request is shown on its public page.
 */
@Controller
@RequestMapping("/account/requests")
class MemberRequestsController {

	static final String LIST_VIEW = "account/requests/list";

	static final String FORM_VIEW = "account/requests/form";

	static final String CLOSE_VIEW = "account/requests/close";

	static final String NO_ORGANISATION_VIEW = "account/requests/no-organisation";

	private final PartnerRequestPosting posting;

	private final PartnerRequestFormValidator validator;

	private final Clock clock;

	MemberRequestsController(PartnerRequestPosting posting, PartnerRequestFormValidator validator, Clock clock) {
		this.posting = posting;
		this.validator = validator;
		this.clock = clock;
	}

	@InitBinder("form")
	void trimText(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(Principal member, Model model) {
		model.addAttribute("requests", posting.requests(member.getName()));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") PartnerRequestForm form, Principal member, Language language,
			Model model, HttpServletResponse response) {
		PartnerRequestChoices choices = posting.choices(member.getName(), language);
		if (choices.organisations().isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return NO_ORGANISATION_VIEW;
		}
		if (choices.organisations().size() == 1) {
			form.setOrganisation(String.valueOf(choices.organisations().get(0).getId()));
		}
		return formPage(null, choices, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PartnerRequestForm form, BindingResult result,
			Principal member, Language language, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PartnerRequestChoices choices = posting.choices(member.getName(), language);
		if (choices.organisations().isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return NO_ORGANISATION_VIEW;
		}
		if (form.getOrganisation() == null && choices.organisations().size() > 1) {
			result.rejectValue("organisation", "cooperation.posting.organisation.required");
		}
		else if (form.getOrganisation() == null) {
			form.setOrganisation(String.valueOf(choices.organisations().get(0).getId()));
		}
		else if (choices.organisations()
			.stream()
			.noneMatch((organisation) -> String.valueOf(organisation.getId()).equals(form.getOrganisation()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				long id = posting.publish(member.getName(), form);
				redirect.addFlashAttribute("notice", "cooperation.posting.published");
				return "redirect:/cooperation/" + id;
			}
			catch (PostingLimitReachedException tooMany) {
				result.reject("cooperation.posting.limit");
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
		}
		return formPage(null, choices, model);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Principal member, Language language, Model model) {
		PartnerRequest request = posting.editable(member.getName(), id);
		model.addAttribute("form", PartnerRequestForm.of(request));
		model.addAttribute("request", request);
		return formPage(id, posting.choices(member.getName(), language), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PartnerRequestForm form,
			BindingResult result, Principal member, Language language, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		model.addAttribute("request", posting.editable(member.getName(), id));
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				posting.update(member.getName(), id, form);
				redirect.addFlashAttribute("notice", "cooperation.posting.saved");
				return "redirect:/cooperation/" + id;
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
				result.reject("cooperation.posting.conflict");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		return formPage(id, posting.choices(member.getName(), language), model);
	}

	@GetMapping("/{id}/close")
	String confirmClosing(@PathVariable long id, Principal member, Model model) {
		model.addAttribute("request", posting.editable(member.getName(), id));
		return CLOSE_VIEW;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, Principal member, RedirectAttributes redirect) {
		posting.close(member.getName(), id);
		redirect.addFlashAttribute("notice", "cooperation.posting.closed");
		return "redirect:/account/requests";
	}

	private String formPage(Long id, PartnerRequestChoices choices, Model model) {
		model.addAttribute("requestId", id);
		model.addAttribute("choices", choices);
		// the date picker offers only the days the validator accepts
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("firstDeadline", today.plusDays(1));
		model.addAttribute("lastDeadline", today.plusYears(1));
		return FORM_VIEW;
	}

}
