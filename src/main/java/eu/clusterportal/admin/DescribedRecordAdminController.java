package eu.clusterportal.admin;

import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages editors use for one kind of record with a Markdown description under
 * {@code /admin/{feature}}: list and search, create and edit with a preview, delete unless
 * others depend on it, history and restore. Views are {@code admin/{feature}/list|form|delete|history}.
 */
public abstract class DescribedRecordAdminController<T, R, F> {

	static final int PAGE_SIZE = 20;

	private final String feature;

	private final DescribedRecordAdminService<T, R, F> service;

	private final MarkdownRenderer markdown;

	protected DescribedRecordAdminController(String feature, DescribedRecordAdminService<T, R, F> service,
			MarkdownRenderer markdown) {
		this.feature = feature;
		this.service = service;
		this.markdown = markdown;
	}

	protected abstract F newForm();

	protected abstract F formOf(T record);

	/** The Markdown the preview shows. */
	protected abstract String description(F form);

	/** Adds the choices the form offers. */
	protected abstract void addChoices(Model model);

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Page<R> items = service.search(q.trim(), PageRequest.of(PageNumber.index(page), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("items", items.getContent());
		model.addAttribute("pagination",
				Pagination.of(items, UriComponentsBuilder.fromPath(listPath()).queryParam("q", q.trim())));
		return view("list");
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(newForm(), model);
	}

	/** Saves the new record, or with {@code action=preview} shows its description without saving. */
	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (isPreview(action, form, model)
				|| EditConflicts.createOrReject(result, () -> service.create(form, result)) == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:" + listPath();
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		T record = service.get(id);
		model.addAttribute("item", record);
		return form(formOf(record), model);
	}

	/** Saves the record, or with {@code action=preview} shows its description without saving. */
	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		if (!isPreview(action, form, model)) {
			EditConflicts.saveOrReject(result, () -> service.update(id, form, result));
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("notice", "admin.saved");
				return "redirect:" + listPath();
			}
		}
		model.addAttribute("item", service.get(id));
		return form(form, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("dependents", service.dependents(id));
		return view("delete");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			service.delete(id);
		}
		catch (DeletionRefusedException ex) {
			model.addAttribute("item", service.get(id));
			model.addAttribute("dependents", ex.getDependents());
			return view("delete");
		}
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
	String restore(@PathVariable long id, @PathVariable long revision, Model model, RedirectAttributes redirect) {
		try {
			service.restore(id, revision);
		}
		catch (RestoreRefusedException ex) {
			model.addAttribute("refusal", ex);
			return history(id, model);
		}
		redirect.addFlashAttribute("notice", "admin.restored");
		return "redirect:" + listPath() + "/" + id + "/edit";
	}

	/** Whether the editor asked for a preview; if so, puts the rendered description on the model. */
	private boolean isPreview(String action, F form, Model model) {
		if (!"preview".equals(action)) {
			return false;
		}
		model.addAttribute("previewHtml", markdown.toHtml(description(form)));
		return true;
	}

	private String form(F form, Model model) {
		model.addAttribute("form", form);
		addChoices(model);
		return view("form");
	}

	private String listPath() {
		return "/admin/" + feature;
	}

	private String view(String name) {
		return "admin/" + feature + "/" + name;
	}

}
