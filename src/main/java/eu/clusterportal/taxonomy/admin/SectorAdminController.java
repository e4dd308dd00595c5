package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.taxonomy.Sector;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors maintain the sectoral industries at {@code /admin/sectors}. */
@Controller
@RequestMapping("/admin/sectors")
class SectorAdminController extends TaxonomyAdminController<Sector> {

	SectorAdminController(SectorAdminService service) {
		super(service);
	}

}
