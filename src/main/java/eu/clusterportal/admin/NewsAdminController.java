package eu.clusterportal.admin;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.system.Pagination;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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

/** Editors maintain news items: list and search, create, edit, delete, history and restore. */
@Controller
@RequestMapping("/admin/news")
class NewsAdminController {

	static final String LIST_VIEW = "admin/news/list";

	static final String FORM_VIEW = "admin/news/form";

	static final String DELETE_VIEW = "admin/news/delete";

	static final String HISTORY_VIEW = "admin/news/history";

	static final int PAGE_SIZE = 20;

	private static final String REDIRECT_TO_LIST = "redirect:/admin/news";

	private final NewsEditor editor;

	private final CountryRepository countries;

	private final PartnershipRepository partnerships;

	NewsAdminController(NewsEditor editor, CountryRepository countries, PartnershipRepository partnerships) {
		this.editor = editor;
		this.countries = countries;
		this.partnerships = partnerships;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		int number = AdminPaging.pageIndex(page);
		Page<NewsItem> items = editor.search(q.trim(), PageRequest.of(number, PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("items", items.getContent());
		model.addAttribute("pagination",
				Pagination.of(items, UriComponentsBuilder.fromPath("/admin/news").queryParam("q", q.trim())));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(new NewsForm(), model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NewsItem created = result.hasErrors() ? null : editor.create(form, result);
		if (created == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("item", editor.get(id));
		return form(NewsForm.of(editor.get(id)), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			EditConflicts.saveOrReject(result, () -> editor.update(id, form, result));
		}
		if (result.hasErrors()) {
			model.addAttribute("item", editor.get(id));
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("item", editor.get(id));
		return DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		editor.delete(id);
		redirect.addFlashAttribute("notice", "admin.deleted");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("item", editor.get(id));
		model.addAttribute("revisions", editor.history(id));
		return HISTORY_VIEW;
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
		editor.restore(id, revision);
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:/admin/news/" + id + "/edit";
	}

	private String form(NewsForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("countries", countries.findSummaries());
		model.addAttribute("partnerships", partnerships.findAllByOrderByAcronymAsc());
		model.addAttribute("channels", NewsChannel.values());
		model.addAttribute("statuses", PublicationStatus.values());
		return FORM_VIEW;
	}

}
