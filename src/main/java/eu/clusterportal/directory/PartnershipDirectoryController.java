package eu.clusterportal.directory;

import java.io.IOException;
import java.util.Locale;

import eu.clusterportal.cooperation.PartnerRequestFilter;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.requests.PartnerRequestService;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class PartnershipDirectoryController {

	static final String LIST_VIEW = "partnerships/list";

	static final String DETAILS_VIEW = "partnerships/show";

	private final PartnershipDirectoryService directory;

	private final PartnerRequestService requests;

	PartnershipDirectoryController(PartnershipDirectoryService directory, PartnerRequestService requests) {
		this.directory = directory;
		this.requests = requests;
	}

	@GetMapping("/partnerships")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String field, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, Language language, HttpServletRequest request, Model model) {
		PartnershipFilterOptions options = directory.options();
		PartnershipFilter requested = PartnershipFilter.fromParameters(country, sector, field);
		PartnershipFilter filter = options.known(requested);
		PartnershipSort partnershipSort = PartnershipSort.fromParameter(sort);
		Page<Partnership> result = directory.page(filter, partnershipSort, PageNumber.index(page));
		// Links keep the checked filters and sort; a new sort or filter starts again at
		// page 1; in the page's language (its context path).
		UriComponentsBuilder list = filter
			.addTo(UriComponentsBuilder.fromPath(request.getContextPath() + "/partnerships"))
			.queryParam("sort", partnershipSort.toParameter());
		model.addAttribute("filter", filter);
		model.addAttribute("filterIgnored", !filter.equals(requested));
		model.addAttribute("sort", partnershipSort.toParameter());
		model.addAttribute("countryChoices", options.countryChoices(filter));
		model.addAttribute("sectorChoices", options.sectorChoices(filter, language));
		model.addAttribute("fieldChoices", options.fieldChoices(filter, language));
		model.addAttribute("partnerships", PartnershipTable.of(result.getContent(), partnershipSort, list));
		model.addAttribute("pagination", Pagination.of(result, list));
		model.addAttribute("csvHref",
				list.cloneBuilder().replacePath(request.getContextPath() + "/partnerships.csv").build().toUriString());
		return LIST_VIEW;
	}

	@GetMapping(path = "/partnerships", params = OriginalSortLinks.ORDER)
	ResponseEntity<Void> listInOriginalOrder(HttpServletRequest request) {
		return OriginalSortLinks.redirect(request);
	}

	@GetMapping("/partnerships.csv")
	void csv(@RequestParam(required = false) String country, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String field, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "partnerships.csv",
				(out) -> directory.export(PartnershipFilter.fromParameters(country, sector, field),
						PartnershipSort.fromParameter(sort), locale, out));
	}

	@GetMapping("/partnerships/{acronym}")
	String show(@PathVariable String acronym, Language language, Model model) {
		PartnershipProfile profile = directory.find(acronym, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partnership " + acronym));
		model.addAttribute("details", profile);
		model.addAttribute("openRequests", requests
			.firstOpen(PartnerRequestFilter.OPEN.withPartnership(profile.partnership().getAcronym()), language));
		return DETAILS_VIEW;
	}

}
