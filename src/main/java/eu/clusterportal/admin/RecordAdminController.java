package eu.clusterportal.admin;

import java.util.Map;

import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages editors use for one kind of record with a numeric id: list and search, create
 * and edit (with a preview where the form has Markdown), delete unless others depend on
 * it, history and restore. Views are {@code {views}/list|form|delete|history}; refusals
 * are shown by {@link AdminAdvice}.
 *
 * @param <T> the record
 * @param <R> a row of the list
 * @param <F> the form
 */
public abstract class RecordAdminController<T, R, F> extends AdminController {

	/** The value of {@code translation} that lists the untranslated records only. */
	public static final String UNTRANSLATED = "missing";

	private final String listPath;

	private final String views;

	private final RecordAdminService<T, R, F> service;

	/**
	 * @param listPath where the list is, e.g. {@code /admin/clusters}
	 * @param views the folder of the views, e.g. {@code admin/clusters}
	 */
	protected RecordAdminController(String listPath, String views, RecordAdminService<T, R, F> service) {
		this.listPath = listPath;
		this.views = views;
		this.service = service;
	}

	protected abstract F newForm();

	protected abstract F formOf(T record);

	/**
	 * Adds what the form shows besides its fields: its choices, and what it has attached.
	 */
	protected void addChoices(F form, Model model) {
	}

	/**
	 * The form's Markdown rendered for the preview; {@code null} for forms without one.
	 */
	protected String previewHtml(F form) {
		return null;
	}

	/**
	 * The Chinese translation's Markdown rendered for the preview; {@code null} for forms
	 * without one.
	 */
	protected String translationPreviewHtml(F form) {
		return null;
	}

	/**
	 * Checks the form beyond its own constraints: rules across fields, values other
	 * records have taken, choices that must exist. Nothing by default.
	 * @param id the record being edited, or {@code 0} for a new one
	 */
	protected void validate(F form, long id, Errors errors) {
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void initFormBinder(WebDataBinder binder, Map<String, String> path) {
		long id = path.containsKey("id") ? id(path) : 0;
		binder.addValidators(Validator.forInstanceOf(Object.class, (form, errors) -> validate((F) form, id, errors)));
	}

	/** The view of the given name; subclasses may share some views with other kinds. */
	protected String view(String name) {
		return views + "/" + name;
	}

	/**
	 * The list; with {@code translation=missing} only the records that have no published
	 * Chinese translation.
	 */
	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String translation,
			Pageable page, Model model) {
		boolean untranslated = UNTRANSLATED.equals(translation);
		Page<R> items = untranslated ? service.searchUntranslated(q.trim(), withinReach(page))
				: service.search(q.trim(), withinReach(page));
		model.addAttribute("q", q);
		model.addAttribute("untranslated", untranslated);
		model.addAttribute("items", items.getContent());
		UriComponentsBuilder links = UriComponentsBuilder.fromPath(listPath).queryParam("q", q.trim());
		if (untranslated) {
			links.queryParam("translation", UNTRANSLATED);
		}
		model.addAttribute("pagination", Pagination.of(items, links));
		return view("list");
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(newForm(), model);
	}

	/** Saves the new record, or with {@code action=preview} shows it without saving. */
	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		receive(form, result);
		if (isPreview(action, form, model) || result.hasErrors()) {
			return form(form, model);
		}
		service.create(form);
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:" + listPath;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		T record = service.get(id);
		model.addAttribute("item", record);
		return form(formOf(record), model);
	}

	/** Saves the record, or with {@code action=preview} shows it without saving. */
	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		receive(form, result);
		if (isPreview(action, form, model) || result.hasErrors()) {
			return editForm(id, form, model);
		}
		service.update(id, form);
		redirect.addFlashAttribute("notice", "admin.saved");
		return "redirect:" + listPath;
	}

	@GetMapping("/{id}/delete")
	String confirmDeletion(@PathVariable long id, Model model) {
		model.addAttribute("item", service.get(id));
		model.addAttribute("dependents", service.dependents(id));
		return view("delete");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		redirect.addFlashAttribute("notice", "admin.deleted");
		return "redirect:" + listPath;
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
		return "redirect:" + listPath + "/" + id + "/edit";
	}

	/**
	 * Makes the Chinese translation of an earlier version current again, leaving the
	 * English as it is.
	 */
	@PostMapping("/{id}/history/{revision}/restore-translation")
	String restoreTranslation(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
		service.restoreTranslation(id, revision);
		redirect.addFlashAttribute("notice", "admin.translation.restored");
		return "redirect:" + listPath + "/" + id + "/edit";
	}

	@Override
	@SuppressWarnings("unchecked")
	protected String formPage(Object form, Map<String, String> path, Model model) {
		return path.containsKey("id") ? editForm(id(path), (F) form, model) : form((F) form, model);
	}

	@Override
	protected String deletionPage(Map<String, String> path, Model model) {
		return confirmDeletion(id(path), model);
	}

	@Override
	protected String historyPage(Map<String, String> path, Model model) {
		return history(id(path), model);
	}

	/**
	 * Whether the editor asked for a preview; if so, puts the rendered Markdown on the
	 * model.
	 */
	private boolean isPreview(String action, F form, Model model) {
		if (!"preview".equals(action)) {
			return false;
		}
		model.addAttribute("previewHtml", previewHtml(form));
		model.addAttribute("translationPreviewHtml", translationPreviewHtml(form));
		return true;
	}

	private String editForm(long id, F form, Model model) {
		model.addAttribute("item", service.get(id));
		return form(form, model);
	}

	private String form(F form, Model model) {
		model.addAttribute("form", form);
		addChoices(form, model);
		return view("form");
	}

	/**
	 * The page asked for, in the list's own order (not one from the URL) and no further
	 * than {@link PageNumber#MAX_INDEX}, past any list's end, where the SQL offset would
	 * overflow.
	 */
	private static Pageable withinReach(Pageable page) {
		return PageRequest.of(Math.min(page.getPageNumber(), PageNumber.MAX_INDEX), page.getPageSize());
	}

	private static long id(Map<String, String> path) {
		return Long.parseLong(path.get("id"));
	}

}
