package eu.clusterportal.admin;

import eu.clusterportal.partnership.Partnership;
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

/** Editors maintain the ESCP-4i partnerships: list and search, create, edit, delete. */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController {

	static final String LIST_VIEW = "admin/partnerships/list";

	static final String FORM_VIEW = "admin/partnerships/form";

	static final String DELETE_VIEW = "admin/partnerships/delete";

	static final int PAGE_SIZE = 20;

	private static final String REDIRECT_TO_LIST = "redirect:/admin/partnerships";

	private final PartnershipEditor editor;

	PartnershipAdminController(PartnershipEditor editor) {
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Page<Partnership> items = editor.search(q.trim(), PageRequest.of(AdminPaging.pageIndex(page), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("items", items.getContent());
		model.addAttribute("pagination",
				Pagination.of(items, UriComponentsBuilder.fromPath("/admin/partnerships").queryParam("q", q.trim())));
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		return form(new PartnershipForm(), model);
	}

	@PostMapping
	String processCreationForm(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (editor.create(form, result) == null) {
			return form(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.saved");
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Partnership partnership = editor.get(id);
		model.addAttribute("item", partnership);
		return form(PartnershipForm.of(partnership), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PartnershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EditConflicts.saveOrReject(result, () -> editor.update(id, form, result));
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

	private String form(PartnershipForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("choices", editor.choices());
		return FORM_VIEW;
	}

}
