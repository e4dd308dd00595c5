package eu.clusterportal.cluster.admin;

import eu.clusterportal.admin.DescribedRecordAdminController;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain the regions that group a country's clusters: list and search, create,
 * edit, delete, history and restore.
 */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController extends DescribedRecordAdminController<Region, RegionRow, RegionForm> {

	private final RegionAdminService service;

	RegionAdminController(RegionAdminService service, MarkdownRenderer markdown) {
		super("regions", service, markdown);
		this.service = service;
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
	protected String description(RegionForm form) {
		return form.getDescription();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("countries", service.countries());
	}

}
