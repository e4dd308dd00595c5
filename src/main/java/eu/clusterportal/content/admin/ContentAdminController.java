package eu.clusterportal.content.admin;

import eu.clusterportal.admin.RecordAdminController;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.PublicationStatus;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * The pages editors use for one kind of content item under {@code /admin/{feature}}.
 * Views are {@code admin/{feature}/form|history}; the list ({@code admin/content/list},
 * with the kind's own columns from {@code admin/{feature}/columns}) and the delete
 * confirmation are shared.
 */
abstract class ContentAdminController<T extends ContentItem, F extends ContentForm>
		extends RecordAdminController<T, T, F> {

	static final String LIST_VIEW = "admin/content/list";

	static final String DELETE_VIEW = "admin/content/delete";

	private final String feature;

	private final CountryRepository countries;

	protected ContentAdminController(String feature, ContentAdminService<T, F> service, CountryRepository countries) {
		super("/admin/" + feature, "admin/" + feature, service);
		this.feature = feature;
		this.countries = countries;
	}

	@Override
	protected void addPageAttributes(Model model) {
		model.addAttribute("feature", feature);
	}

	/**
	 * Runs the form's cross-field rules with its annotations, so that all errors show at
	 * once.
	 */
	@Override
	protected void validate(F form, long id, Errors errors) {
		form.checkAcrossFields(errors);
	}

	@Override
	protected void addChoices(F form, Model model) {
		model.addAttribute("countries", countries.findSummaries());
		model.addAttribute("statuses", PublicationStatus.values());
		addOwnChoices(form, model);
	}

	/**
	 * Adds what the form shows beyond countries and statuses: its choices, and what it
	 * has attached.
	 */
	protected void addOwnChoices(F form, Model model) {
	}

	@Override
	protected String view(String name) {
		return switch (name) {
			case "list" -> LIST_VIEW;
			case "delete" -> DELETE_VIEW;
			default -> super.view(name);
		};
	}

}
