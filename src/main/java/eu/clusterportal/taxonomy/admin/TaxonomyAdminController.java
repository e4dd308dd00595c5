package eu.clusterportal.taxonomy.admin;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.EditConflicts;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TermUsage;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Editors maintain the terms of one taxonomy: list and search, create, edit, delete,
 * history and restore. The subclasses say which taxonomy and where; the templates under
 * {@code admin/taxonomies} serve both, with the taxonomy's paths and messages.
 */
abstract class TaxonomyAdminController<T extends TaxonomyTerm> {

	static final String LIST_VIEW = "admin/taxonomies/list";

	static final String FORM_VIEW = "admin/taxonomies/form";

	static final String DELETE_VIEW = "admin/taxonomies/delete";

	static final String HISTORY_VIEW = "admin/taxonomies/history";

	static final int PAGE_SIZE = 20;

	private final TaxonomyAdminService<T> service;

	private final Taxonomy taxonomy;

	TaxonomyAdminController(TaxonomyAdminService<T> service) {
		this.service = service;
		this.taxonomy = service.taxonomy();
	}

	@ModelAttribute("taxonomy")
	Taxonomy taxonomy() {
		return taxonomy;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Page<TermUsage> rows = service.search(q.trim(), PageRequest.of(PageNumber.index(page), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pagination", Pagination.of(rows,
				UriComponentsBuilder.fromPath(taxonomy.getAdminPath()).queryParam("q", q.trim())));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(new TaxonomyTermForm(), model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") TaxonomyTermForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (EditConflicts.createOrReject(result, () -> service.create(form, result)) == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return redirectToList();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		T term = service.get(id);
		model.addAttribute("item", term);
		return form(TaxonomyTermForm.of(term), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") TaxonomyTermForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EditConflicts.saveOrReject(result, () -> service.update(id, form, result));
		if (result.hasErrors()) {
			model.addAttribute("item", service.get(id));
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return redirectToList();
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("dependents", service.dependents(id));
		return DELETE_VIEW;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			service.delete(id);
		}
		catch (DeletionRefusedException ex) {
			model.addAttribute("item", service.get(id));
			model.addAttribute("dependents", ex.getDependents());
			return DELETE_VIEW;
		}
		redirect.addFlashAttribute("notice", "admin.deleted");
		return redirectToList();
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("revisions", service.history(id));
		return HISTORY_VIEW;
	}

	/**
	 * Saves an earlier version over the current one, checked like any save: if it no longer
	 * fits (its code is taken now, say), the form shows it with the reasons, to correct.
	 */
	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, Model model, RedirectAttributes redirect) {
		TaxonomyTermForm form = service.earlierVersion(id, revision);
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		EditConflicts.saveOrReject(result, () -> service.update(id, form, result));
		if (result.hasErrors()) {
			result.reject("admin.taxonomies.restore.refused");
			model.addAttribute("item", service.get(id));
			String view = form(form, model);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
			return view;
		}
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:" + taxonomy.getAdminPath() + "/" + id + "/edit";
	}

	private String form(TaxonomyTermForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("sections", service.sections());
		return FORM_VIEW;
	}

	private String redirectToList() {
		return "redirect:" + taxonomy.getAdminPath();
	}

}
