package eu.clusterportal.partnership.admin;

import eu.clusterportal.admin.DescribedRecordAdminController;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.system.MarkdownRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors maintain the ESCP-4i partnerships: list and search, create, edit, delete, history and restore. */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController extends DescribedRecordAdminController<Partnership, Partnership, PartnershipForm> {

	private final PartnershipAdminService service;

	PartnershipAdminController(PartnershipAdminService service, MarkdownRenderer markdown) {
		super("partnerships", service, markdown);
		this.service = service;
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
	protected String description(PartnershipForm form) {
		return form.getDescription();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("choices", service.choices());
	}

}
