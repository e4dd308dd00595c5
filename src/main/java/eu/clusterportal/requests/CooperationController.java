package eu.clusterportal.requests;

import java.security.Principal;
import java.util.Optional;

import eu.clusterportal.cooperation.PartnerRequestSort;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.FilteredList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public list of partner requests ({@code /cooperation}: the open ones, or the past
 * ones with {@code state=closed}) and each request's page. Parameters are read as text,
 * so that no value, however odd, leads to an error page.
 */
@Controller
class CooperationController {

	static final String LIST_VIEW = "cooperation/list";

	static final String SHOW_VIEW = "cooperation/show";

	private final PartnerRequestService requests;

	CooperationController(PartnerRequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/cooperation")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String direction,
			@RequestParam(required = false) String country, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String field, @RequestParam(required = false) String type,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String partnership,
			@RequestParam(required = false) String state, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
			Language language, Model model) {
		PartnerRequestSort order = PartnerRequestSort.fromParameter(sort);
		FilteredList<PartnerRequestRow> list = requests.list(request.getContextPath() + "/cooperation",
				PartnerRequestService.filter(kind, direction, country, sector, field, type, organisation, partnership,
						state),
				order, page, language);
		// The feed follows the country chosen; it has no other filter.
		String feed = UriComponentsBuilder.fromPath(request.getContextPath() + "/cooperation/feed")
			.queryParamIfPresent(PartnerRequestService.COUNTRY,
					Optional.ofNullable(list.filter().value(PartnerRequestService.COUNTRY)))
			.build()
			.toUriString();
		response.addHeader(HttpHeaders.LINK, "<" + feed + ">; rel=\"alternate\"; type=\"application/atom+xml\"");
		model.addAttribute("requests", list);
		model.addAttribute("closed",
				PartnerRequestService.CLOSED.equals(list.filter().value(PartnerRequestService.STATE)));
		model.addAttribute("sort", order.toParameter());
		model.addAttribute("sorts", PartnerRequestSort.values());
		model.addAttribute("cooperationFeedHref", feed);
		return LIST_VIEW;
	}

	@GetMapping("/cooperation/{id}")
	String show(@PathVariable String id, Principal viewer, Language language, Model model) {
		PartnerRequestPage page = requests.find(id, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published partner request " + id));
		model.addAttribute("partnerRequest", page);
		// signed-in pages are never kept by the page cache, so these links reach only
		// their viewer
		model.addAttribute("representing", viewer != null && requests.isRepresentedBy(page.id(), viewer.getName()));
		return SHOW_VIEW;
	}

}
