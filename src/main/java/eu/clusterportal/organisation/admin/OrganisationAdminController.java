package eu.clusterportal.organisation.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain organisations: list and search, create, edit, delete, history and
 * restore.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController extends RecordAdminController<Organisation, Organisation, OrganisationForm> {

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
	}

}
