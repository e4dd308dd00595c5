package eu.clusterportal.organisation.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.system.MarkdownRenderer;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors maintain organisations: list and search, create, edit, delete, history and
 * restore, and take one off the public pages with a reason or put it back.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController extends RecordAdminController<Organisation, Organisation, OrganisationForm> {

	/** The model attribute of the form that asks why an organisation is unpublished. */
	private static final String UNPUBLISHING = "unpublishing";

	private final OrganisationAdminService service;

	private final OrganisationFormValidator validator;

	private final MarkdownRenderer markdown;

	OrganisationAdminController(OrganisationAdminService service, OrganisationFormValidator validator,
			MarkdownRenderer markdown) {
		super("/admin/organisations", "admin/organisations", service);
		this.service = service;
		this.validator = validator;
		this.markdown = markdown;
	}

	@Override
	protected void validate(OrganisationForm form, long id, Errors errors) {
		validator.validate(form, id, errors);
	}

	@Override
	protected OrganisationForm newForm() {
		return new OrganisationForm();
	}

	@Override
	protected OrganisationForm formOf(Organisation organisation) {
		return OrganisationForm.of(organisation);
	}

	@Override
	protected String previewHtml(OrganisationForm form) {
		return markdown.toHtml(form.getDescription());
	}

	@Override
	protected String translationPreviewHtml(OrganisationForm form) {
		String description = form.getTranslation().text("description");
		return (description != null) ? markdown.toHtml(description) : null;
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("organisation_slug_key", "slug");
	}

	@Override
	protected void addChoices(OrganisationForm form, Model model) {
		model.addAttribute("choices", service.choices());
		if (!model.containsAttribute(UNPUBLISHING)) {
			model.addAttribute(UNPUBLISHING, new UnpublishingForm());
		}
	}

	/**
	 * Takes the organisation off the public pages; without a reason the edit page comes
	 * back saying so.
	 */
	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @Valid @ModelAttribute(UNPUBLISHING) UnpublishingForm unpublishing,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Organisation organisation = service.get(id);
			model.addAttribute("item", organisation);
			OrganisationForm form = formOf(organisation);
			model.addAttribute("form", form);
			addChoices(form, model);
			return view("form");
		}
		// a second click, or a profile not published yet, changes nothing and says
		// nothing
		if (service.unpublish(id, unpublishing.getReason())) {
			redirect.addFlashAttribute("notice", "admin.organisations.unpublished");
		}
		return "redirect:/admin/organisations/" + id + "/edit";
	}

	@PostMapping("/{id}/publish")
	String publishAgain(@PathVariable long id, RedirectAttributes redirect) {
		if (service.publishAgain(id)) {
			redirect.addFlashAttribute("notice", "admin.organisations.published-again");
		}
		return "redirect:/admin/organisations/" + id + "/edit";
	}

}
