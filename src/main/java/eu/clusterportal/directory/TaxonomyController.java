package eu.clusterportal.directory;

import eu.clusterportal.cooperation.PartnerRequestFilter;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.requests.PartnerRequestService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class TaxonomyController {

	static final String TERM_VIEW = "taxonomy/term";

	private final TaxonomyPageService pages;

	private final PartnerRequestService requests;

	TaxonomyController(TaxonomyPageService pages, PartnerRequestService requests) {
		this.pages = pages;
		this.requests = requests;
	}

	@GetMapping(TaxonomyPageService.SECTORS_PATH + "/{code}")
	String sector(@PathVariable String code, Language language, Model model) {
		model.addAttribute("page", pages.findSector(code, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sector " + code)));
		model.addAttribute("openRequests", requests.firstOpen(PartnerRequestFilter.OPEN.withSector(code), language));
		return TERM_VIEW;
	}

	@GetMapping(TaxonomyPageService.FIELDS_PATH + "/{code}")
	String technologyField(@PathVariable String code, Language language, Model model) {
		model.addAttribute("page", pages.findTechnologyField(code, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No technology field " + code)));
		model.addAttribute("openRequests", requests.firstOpen(PartnerRequestFilter.OPEN.withField(code), language));
		return TERM_VIEW;
	}

}
