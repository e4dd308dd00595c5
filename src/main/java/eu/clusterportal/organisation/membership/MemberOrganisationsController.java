package eu.clusterportal.organisation.membership;

import java.security.Principal;

import eu.clusterportal.editorial.EditConflictException;
import eu.clusterportal.editorial.Language;
import jakarta.validation.Valid;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's organisations: the list with the state of each request, a new profile, a
 * claim of a published organisation, and the profiles the member represents. Text fields
 * are trimmed and blank ones are empty.
 */
@Controller
@RequestMapping("/account/organisations")
class MemberOrganisationsController {

	static final String LIST_VIEW = "account/organisations/list";

	static final String FORM_VIEW = "account/organisations/form";

	static final String CLAIM_VIEW = "account/organisations/claim";

	private static final String TO_LIST = "redirect:/account/organisations";

	private final MemberOrganisationService service;

	private final OrganisationProfileValidator validator;

	MemberOrganisationsController(MemberOrganisationService service, OrganisationProfileValidator validator) {
		this.service = service;
		this.validator = validator;
	}

	@InitBinder({ "form", "claim" })
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(Principal member, Model model) {
		model.addAttribute("memberships", service.memberships(member.getName()));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(@ModelAttribute("form") OrganisationProfileForm form, Language language, Model model) {
		return formPage(null, language, model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") OrganisationProfileForm form, BindingResult result,
			Principal member, Language language, Model model, RedirectAttributes redirect) {
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				service.create(member.getName(), form);
				redirect.addFlashAttribute("notice", "member-orgs.created");
				return TO_LIST;
			}
			catch (RequestRefusedException refused) {
				result.reject(refused.getMessageKey());
			}
		}
		return formPage(null, language, model);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Principal member, Language language, Model model) {
		var organisation = service.editable(member.getName(), id);
		model.addAttribute("form", OrganisationProfileForm.of(organisation));
		return formPage(id, language, model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationProfileForm form,
			BindingResult result, Principal member, Language language, Model model, RedirectAttributes redirect) {
		service.editable(member.getName(), id);
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				service.update(member.getName(), id, form);
				redirect.addFlashAttribute("notice", "member-orgs.saved");
				return TO_LIST;
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException conflict) {
				result.reject("member-orgs.conflict");
			}
		}
		return formPage(id, language, model);
	}

	@GetMapping("/claim/{slug}")
	String initClaimForm(@PathVariable String slug, @ModelAttribute("claim") ClaimForm claim, Principal member,
			Model model) {
		try {
			model.addAttribute("organisation", service.claimable(member.getName(), slug));
		}
		catch (RequestRefusedException refused) {
			model.addAttribute("refusal", refused.getMessageKey());
		}
		return CLAIM_VIEW;
	}

	@PostMapping("/claim/{slug}")
	String processClaimForm(@PathVariable String slug, @Valid @ModelAttribute("claim") ClaimForm claim,
			BindingResult result, Principal member, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("organisation", service.claimable(member.getName(), slug));
		}
		catch (RequestRefusedException refused) {
			model.addAttribute("refusal", refused.getMessageKey());
			return CLAIM_VIEW;
		}
		OrganisationProfileValidator.checkText("note", claim.getNote(), result);
		if (!result.hasErrors()) {
			try {
				service.claim(member.getName(), slug, claim.getNote());
				redirect.addFlashAttribute("notice", "member-orgs.claimed");
				return TO_LIST;
			}
			catch (RequestRefusedException refused) {
				result.reject(refused.getMessageKey());
			}
		}
		return CLAIM_VIEW;
	}

	private String formPage(Long id, Language language, Model model) {
		model.addAttribute("organisationId", id);
		model.addAttribute("choices", service.choices(language));
		return FORM_VIEW;
	}

}
