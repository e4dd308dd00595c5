package eu.clusterportal.cluster.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain the regions that group a country's clusters: list and search, create,
 * edit, delete, history and restore.
 */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController extends RecordAdminController<Region, RegionRow, RegionForm> {

	private final RegionAdminService service;

	private final RegionFormValidator validator;

	private final MarkdownRenderer markdown;

	RegionAdminController(RegionAdminService service, RegionFormValidator validator, MarkdownRenderer markdown) {
		super("/admin/regions", "admin/regions", service);
		this.service = service;
		this.validator = validator;
		this.markdown = markdown;
	}

	@Override
	protected void validate(RegionForm form, long id, Errors errors) {
		validator.validate(form, id, errors);
	}

	@Override
	protected RegionForm newForm() {
		return new RegionForm();
	}

	@Override
	protected RegionForm formOf(Region region) {
		return RegionForm.of(region);
	}

	@Override
	protected String previewHtml(RegionForm form) {
		return markdown.toHtml(form.getDescription());
	}

	@Override
	protected String translationPreviewHtml(RegionForm form) {
		String description = form.getTranslation().text("description");
		return (description != null) ? markdown.toHtml(description) : null;
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("region_slug_key", "slug");
	}

	@Override
	protected void addChoices(RegionForm form, Model model) {
		model.addAttribute("countries", service.countries());
	}

}
