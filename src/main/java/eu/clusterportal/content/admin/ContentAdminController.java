package eu.clusterportal.content.admin;

import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.EditConflicts;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages editors use for one kind of content item under {@code /admin/{feature}}: list
 * and search, create, edit, delete, history and restore. Views are
 * {@code admin/{feature}/form|history}; the list ({@code admin/content/list}, with the kind's
 * own columns from {@code admin/{feature}/columns}) and the delete confirmation are shared.
 */
abstract class ContentAdminController<T extends ContentItem, F extends ContentForm> {

	static final int PAGE_SIZE = 20;

	static final String LIST_VIEW = "admin/content/list";

	static final String DELETE_VIEW = "admin/content/delete";

	private final String feature;

	private final ContentAdminService<T, F> service;

	private final CountryRepository countries;

	protected ContentAdminController(String feature, ContentAdminService<T, F> service, CountryRepository countries) {
		this.feature = feature;
		this.service = service;
		this.countries = countries;
	}

	/** An empty form for a new item. */
	protected abstract F newForm();

	/** Adds what the form shows beyond countries and statuses: its choices, and what it has attached. */
	protected void addChoices(F form, Model model) {
	}

	/** Takes in what a submitted form brings besides its fields, e.g. an uploaded file; reports problems in {@code result}. */
	protected void receive(F form, BindingResult result) {
	}

	@ModelAttribute("feature")
	String feature() {
		return feature;
	}

	/** Runs the form's cross-field rules with its annotations, so that all errors show at once. */
	@InitBinder("form")
	void checkAcrossFields(WebDataBinder binder) {
		binder.addValidators(Validator.forInstanceOf(ContentForm.class, ContentForm::checkAcrossFields));
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Page<T> items = service.search(q.trim(), PageRequest.of(PageNumber.index(page), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("items", items.getContent());
		model.addAttribute("pagination",
				Pagination.of(items, UriComponentsBuilder.fromPath(listPath()).queryParam("q", q.trim())));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(newForm(), model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		receive(form, result);
		T created = result.hasErrors() ? null
				: EditConflicts.createOrReject(result, () -> service.create(form, result));
		if (created == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:" + listPath();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		T item = service.get(id);
		model.addAttribute("item", item);
		return form(service.formOf(item), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		receive(form, result);
		if (!result.hasErrors()) {
			EditConflicts.saveOrReject(result, () -> service.update(id, form, result));
		}
		if (result.hasErrors()) {
			model.addAttribute("item", service.get(id));
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:" + listPath();
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("dependents", Dependents.none());
		return DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		redirect.addFlashAttribute("notice", "admin.deleted");
		return "redirect:" + listPath();
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("revisions", service.history(id));
		return view("history");
	}

	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
		service.restore(id, revision);
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:" + listPath() + "/" + id + "/edit";
	}

	private String form(F form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("countries", countries.findSummaries());
		model.addAttribute("statuses", PublicationStatus.values());
		addChoices(form, model);
		return view("form");
	}

	private String listPath() {
		return "/admin/" + feature;
	}

	private String view(String name) {
		return "admin/" + feature + "/" + name;
	}

}
