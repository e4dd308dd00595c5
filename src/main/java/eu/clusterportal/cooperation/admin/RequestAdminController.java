package eu.clusterportal.cooperation.admin;

import eu.clusterportal.cooperation.posting.RequestState;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.web.TextParameter;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editors' partner requests: a list, newest first, searchable and filtered by state;
 * a request's page with everything it says, where it is unpublished with a reason or
 * published again.
 */
@Controller
@RequestMapping("/admin/requests")
class RequestAdminController {

	static final String LIST_VIEW = "admin/requests/list";

	static final String REQUEST_VIEW = "admin/requests/request";

	private static final String UNPUBLISHING = "unpublishing";

	private final RequestModeration moderation;

	RequestAdminController(RequestModeration moderation) {
		this.moderation = moderation;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
			@RequestParam(required = false) String page, Model model) {
		String text = TextParameter.canName(q) ? q.strip() : "";
		RequestState shown = RequestState.fromParameter(state);
		Page<RequestForEditors> requests = PublicPage.find(PageNumber.index(page), Sort.unsorted(),
				(pageable) -> moderation.search(text, shown, pageable));
		UriComponentsBuilder links = UriComponentsBuilder.fromPath("/admin/requests");
		if (!text.isEmpty()) {
			links.queryParam("q", text);
		}
		if (shown != null) {
			links.queryParam("state", shown.toParameter());
		}
		model.addAttribute("q", text);
		model.addAttribute("state", (shown != null) ? shown.toParameter() : "");
		model.addAttribute("states", RequestState.values());
		model.addAttribute("requests", requests.getContent());
		model.addAttribute("pagination", Pagination.of(requests, links));
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String request(@PathVariable long id, Model model) {
		model.addAttribute("item", moderation.get(id));
		if (!model.containsAttribute(UNPUBLISHING)) {
			model.addAttribute(UNPUBLISHING, new RequestUnpublishingForm());
		}
		return REQUEST_VIEW;
	}

	/** Without a reason the request's page comes back saying so. */
	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @Valid @ModelAttribute(UNPUBLISHING) RequestUnpublishingForm unpublishing,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return request(id, model);
		}
		// a second click changes nothing and says nothing
		if (moderation.unpublish(id, unpublishing.getReason())) {
			redirect.addFlashAttribute("notice", "admin.requests.unpublished");
		}
		return "redirect:/admin/requests/" + id;
	}

	@PostMapping("/{id}/publish")
	String publishAgain(@PathVariable long id, RedirectAttributes redirect) {
		if (moderation.publishAgain(id)) {
			redirect.addFlashAttribute("notice", "admin.requests.published-again");
		}
		return "redirect:/admin/requests/" + id;
	}

}
