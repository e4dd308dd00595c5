package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.taxonomy.TechnologyField;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors maintain the technology fields at {@code /admin/technology-fields}. */
@Controller
@RequestMapping("/admin/technology-fields")
class TechnologyFieldAdminController extends TaxonomyAdminController<TechnologyField> {

	TechnologyFieldAdminController(TechnologyFieldAdminService service) {
		super(service);
	}

}
