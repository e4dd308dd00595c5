package eu.clusterportal.taxonomy.admin;

import java.util.Map;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TermUsage;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

/**
 * Editors maintain the terms of one taxonomy: list and search, create, edit, delete,
 * history and restore. The subclasses say which taxonomy and where; the templates under
 * {@code admin/taxonomies} serve both, with the taxonomy's paths and messages.
 */
abstract class TaxonomyAdminController<T extends TaxonomyTerm>
		extends RecordAdminController<T, TermUsage, TaxonomyTermForm> {

	static final String VIEWS = "admin/taxonomies";

	private final TaxonomyAdminService<T> service;

	private final Taxonomy taxonomy;

	TaxonomyAdminController(TaxonomyAdminService<T> service) {
		super(service.taxonomy().getAdminPath(), VIEWS, service);
		this.service = service;
		this.taxonomy = service.taxonomy();
	}

	@Override
	protected void addPageAttributes(Model model) {
		model.addAttribute("taxonomy", taxonomy);
	}

	@Override
	protected TaxonomyTermForm newForm() {
		return new TaxonomyTermForm();
	}

	@Override
	protected TaxonomyTermForm formOf(T term) {
		return TaxonomyTermForm.of(term);
	}

	/**
	 * Shows the earlier version in the form with the reasons it no longer fits, to
	 * correct and save, or leave.
	 */
	@Override
	protected String restoreRefusedPage(Map<String, String> path, RestoreRefusedException refusal, Model model) {
		long id = Long.parseLong(path.get("id"));
		TaxonomyTermForm form = service.earlierVersion(id, Long.parseLong(path.get("revision")));
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		service.validator().validate(form, id, result);
		result.reject(refusal.getMessageKey(), refusal.getArguments(), null);
		model.addAllAttributes(result.getModel());
		return formPage(form, path, model);
	}

	@Override
	protected Map<String, String> clashFields() {
		return Map.of("sector_code_key", "code", "technology_field_code_key", "code");
	}

	@Override
	protected void validate(TaxonomyTermForm form, long id, Errors errors) {
		service.validator().validate(form, id, errors);
	}

	@Override
	protected void addChoices(TaxonomyTermForm form, Model model) {
		model.addAttribute("sections", service.sections());
	}

}
