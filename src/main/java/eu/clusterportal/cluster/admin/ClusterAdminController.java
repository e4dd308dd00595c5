package eu.clusterportal.cluster.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain clusters: list and search, create, edit, delete, history and restore.
 */
@Controller
@RequestMapping("/admin/clusters")
class ClusterAdminController extends RecordAdminController<Cluster, Cluster, ClusterForm> {

	private final ClusterAdminService service;

	private final ClusterFormValidator validator;

	private final MarkdownRenderer markdown;

	ClusterAdminController(ClusterAdminService service, ClusterFormValidator validator, MarkdownRenderer markdown) {
		super("/admin/clusters", "admin/clusters", service);
		this.service = service;
		this.validator = validator;
		this.markdown = markdown;
	}

	@Override
	protected void validate(ClusterForm form, long id, Errors errors) {
		validator.validate(form, id, errors);
	}

	@Override
	protected ClusterForm newForm() {
		return new ClusterForm();
	}

	@Override
	protected ClusterForm formOf(Cluster cluster) {
		return ClusterForm.of(cluster);
	}

	@Override
	protected String previewHtml(ClusterForm form) {
		return markdown.toHtml(form.getDescription());
	}

	@Override
	protected String translationPreviewHtml(ClusterForm form) {
		String description = form.getTranslation().text("description");
		return (description != null) ? markdown.toHtml(description) : null;
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("cluster_slug_key", "slug");
	}

	@Override
	protected void addChoices(ClusterForm form, Model model) {
		model.addAttribute("choices", service.choices());
	}

}
