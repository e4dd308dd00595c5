package eu.clusterportal.directory;

import java.io.IOException;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequestFilter;
import eu.clusterportal.directory.OrganisationDirectoryService.OrganisationSort;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.requests.PartnerRequestService;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organisation directory, with its "who can help" view ({@code help=true}), and the
 * organisations' pages. Unknown filter values are left out (the page says so), an unknown
 * sort gives the order by name.
 */
@Controller
class OrganisationDirectoryController {

	static final String LIST_VIEW = "organisations/list";

	static final String DETAILS_VIEW = "organisations/show";

	private final OrganisationDirectoryService directory;

	private final PartnerRequestService requests;

	OrganisationDirectoryController(OrganisationDirectoryService directory, PartnerRequestService requests) {
		this.directory = directory;
		this.requests = requests;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String country,
			@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String field, @RequestParam(required = false) String help,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Language language,
			Model model) {
		ClusterFilterOptions options = directory.options(language);
		ClusterFilter requested = ClusterFilter.of(country, region, sector, field);
		ClusterFilter filter = options.known(requested);
		OrganisationType organisationType = OrganisationType.fromParameter(type);
		boolean helpOnly = "true".equals(help);
		OrganisationSort organisationSort = OrganisationSort.fromParameter(sort);
		Page<OrganisationRow> result = directory.page(filter, organisationType, helpOnly, organisationSort,
				PageNumber.index(page), language);
		UriComponentsBuilder list = filter.addTo(UriComponentsBuilder.fromPath("/organisations"));
		if (organisationType != null) {
			list.queryParam("type", organisationType.toParameter());
		}
		if (helpOnly) {
			list.queryParam("help", "true");
		}
		model.addAttribute("filter", filter);
		model.addAttribute("filterEmpty", filter.isEmpty() && organisationType == null);
		model.addAttribute("filterIgnored",
				!filter.equals(requested) || (organisationType == null && type != null && !type.isBlank()));
		model.addAttribute("options", options);
		model.addAttribute("types", List.of(OrganisationType.values()));
		model.addAttribute("type", organisationType);
		model.addAttribute("help", helpOnly);
		model.addAttribute("sort", organisationSort.toParameter());
		model.addAttribute("byNameHref",
				list.cloneBuilder().queryParam("sort", OrganisationSort.NAME.toParameter()).build().toUriString());
		model.addAttribute("byTypeHref",
				list.cloneBuilder().queryParam("sort", OrganisationSort.TYPE.toParameter()).build().toUriString());
		model.addAttribute("organisations", result.getContent());
		model.addAttribute("pagination",
				Pagination.of(result, list.cloneBuilder().queryParam("sort", organisationSort.toParameter())));
		model.addAttribute("csvHref",
				list.cloneBuilder()
					.replacePath("/organisations.csv")
					.queryParam("sort", organisationSort.toParameter())
					.build()
					.toUriString());
		return LIST_VIEW;
	}

	@GetMapping("/organisations.csv")
	void csv(@RequestParam(required = false) String type, @RequestParam(required = false) String country,
			@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String field, @RequestParam(required = false) String help,
			@RequestParam(required = false) String sort, Language language, HttpServletResponse response)
			throws IOException {
		CsvDownload.send(response, "organisations.csv",
				(out) -> directory.export(ClusterFilter.of(country, region, sector, field),
						OrganisationType.fromParameter(type), "true".equals(help), OrganisationSort.fromParameter(sort),
						language, out));
	}

	@GetMapping("/organisations/{slug}")
	String show(@PathVariable String slug, Language language, Model model) {
		OrganisationProfile profile = directory.find(slug, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + slug));
		model.addAttribute("profile", profile);
		model.addAttribute("openRequests", requests
			.firstOpen(PartnerRequestFilter.OPEN.withOrganisation(profile.organisation().getSlug()), language));
		return DETAILS_VIEW;
	}

}
