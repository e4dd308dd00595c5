package eu.clusterportal.admin;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The base of every editing controller: the pages {@link AdminAdvice} shows again when a
 * save, delete or restore is refused, each given the request's path variables.
 */
public abstract class AdminController {

	/**
	 * The page of {@code form}, as the editor sent it; the model already holds it with
	 * its errors.
	 */
	protected abstract String formPage(Object form, Map<String, String> path, Model model);

	/** The delete confirmation, naming what still depends on the item. */
	protected abstract String deletionPage(Map<String, String> path, Model model);

	/**
	 * The history page; the model may hold a {@code refusal} that says why a restore
	 * failed.
	 */
	protected abstract String historyPage(Map<String, String> path, Model model);

	/**
	 * The page that says why a restore was refused: by default the history, with the
	 * reason above it.
	 */
	protected String restoreRefusedPage(Map<String, String> path, RestoreRefusedException refusal, Model model) {
		model.addAttribute("refusal", refusal);
		return historyPage(path, model);
	}

	/**
	 * The form field that each unique constraint of this kind guards, by the constraint's
	 * name in the schema, so that a value taken at the same moment is reported at its
	 * field.
	 */
	protected Map<String, String> clashFields() {
		return Map.of();
	}

	/**
	 * Adds the form's formatters and validators (rules across fields, values taken, names
	 * of things that do not exist), given the request's path variables; used again when a
	 * refused form is shown.
	 */
	protected void initFormBinder(WebDataBinder binder, Map<String, String> path) {
	}

	/**
	 * Takes in what a submitted form brings besides its fields, e.g. an uploaded file;
	 * reports problems in {@code result}. A refused save binds the request again
	 * ({@link AdminAdvice}) and calls this again for the same request: what it stores, it
	 * stores once per request.
	 */
	protected void receive(Object form, BindingResult result) {
	}

	/**
	 * Adds what every page of this controller shows, e.g. which kind of record it edits;
	 * nothing by default.
	 */
	protected void addPageAttributes(Model model) {
	}

	@ModelAttribute
	void pageAttributes(Model model) {
		addPageAttributes(model);
	}

	@InitBinder("form")
	void initForm(WebDataBinder binder, @PathVariable Map<String, String> path) {
		binder.addValidators(new TranslationValidator());
		initFormBinder(binder, path);
	}

}
