package eu.clusterportal.cluster.admin;

import eu.clusterportal.admin.DescribedRecordAdminController;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors maintain clusters: list and search, create, edit, delete, history and restore. */
@Controller
@RequestMapping("/admin/clusters")
class ClusterAdminController extends DescribedRecordAdminController<Cluster, Cluster, ClusterForm> {

	private final ClusterAdminService service;

	ClusterAdminController(ClusterAdminService service, MarkdownRenderer markdown) {
		super("clusters", service, markdown);
		this.service = service;
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
	protected String description(ClusterForm form) {
		return form.getDescription();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("choices", service.choices());
	}

}
