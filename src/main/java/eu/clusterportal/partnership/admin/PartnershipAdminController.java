package eu.clusterportal.partnership.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain the ESCP-4i partnerships: list and search, create, edit, delete,
 * history and restore.
 */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController extends RecordAdminController<Partnership, Partnership, PartnershipForm> {

	private final PartnershipAdminService service;

	private final PartnershipFormValidator validator;

	private final MarkdownRenderer markdown;

	PartnershipAdminController(PartnershipAdminService service, PartnershipFormValidator validator,
			MarkdownRenderer markdown) {
		super("/admin/partnerships", "admin/partnerships", service);
		this.service = service;
		this.validator = validator;
		this.markdown = markdown;
	}

	@Override
	protected void validate(PartnershipForm form, long id, Errors errors) {
		validator.validate(form, id, errors);
	}

	@Override
	protected PartnershipForm newForm() {
		return new PartnershipForm();
	}

	@Override
	protected PartnershipForm formOf(Partnership partnership) {
		return PartnershipForm.of(partnership);
	}

	@Override
	protected String previewHtml(PartnershipForm form) {
		return markdown.toHtml(form.getDescription());
	}

	@Override
	protected String translationPreviewHtml(PartnershipForm form) {
		String description = form.getTranslation().text("description");
		return (description != null) ? markdown.toHtml(description) : null;
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("partnership_acronym_lower_key", "acronym");
	}

	@Override
	protected void addChoices(PartnershipForm form, Model model) {
		model.addAttribute("choices", service.choices());
	}

}
