package eu.clusterportal.taxonomy.admin;

import java.util.List;

import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TaxonomyTermRepository;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Checks a term form against its taxonomy's shape and the other terms, with the form's
 * own constraints, so that every error shows at once: a section's code is a letter, a
 * division's code is its section's letter and two digits, codes are unique, and a section
 * with divisions keeps its code.
 */
class TaxonomyTermFormValidator<T extends TaxonomyTerm> {

	private final Taxonomy taxonomy;

	private final TaxonomyTermRepository<T> terms;

	TaxonomyTermFormValidator(Taxonomy taxonomy, TaxonomyTermRepository<T> terms) {
		this.taxonomy = taxonomy;
		this.terms = terms;
	}

	/** Whether the form could be saved over the term, e.g. an earlier version of it. */
	boolean accepts(TaxonomyTermForm form, long id) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validate(form, id, errors);
		return !errors.hasErrors();
	}

	/** Checks the code and the section against each other and the other terms. */
	void validate(TaxonomyTermForm form, long id, Errors errors) {
		T current = (id != 0) ? terms.findById(id).orElse(null) : null;
		T parent = parent(form, errors);
		String code = form.getCode();
		if (errors.hasFieldErrors("code")) {
			return;
		}
		if (!code.matches(TaxonomyTerm.CODE_PATTERN)) {
			errors.rejectValue("code", taxonomy.message("code.pattern"));
			return;
		}
		terms.findByCode(code)
			.filter((other) -> current == null || !other.getId().equals(current.getId()))
			.ifPresent((other) -> errors.rejectValue("code", "admin.taxonomies.code.taken",
					new Object[] { code, other.getName() }, null));
		if (current != null && !code.equals(current.getCode())) {
			List<String> divisions = codes(terms.findByParentOrderByCode(current));
			if (!divisions.isEmpty()) {
				errors.rejectValue("code", taxonomy.message("code.has-divisions"),
						new Object[] { current.getCode(), String.join(", ", divisions) }, null);
			}
		}
		String letter = code.substring(0, 1);
		if (isSection(code) && parent != null) {
			errors.rejectValue("parent", taxonomy.message("parent.not-allowed"));
		}
		else if (!isSection(code) && parent == null && !errors.hasFieldErrors("parent")) {
			errors.rejectValue("parent", taxonomy.message("parent.required"), new Object[] { letter, code }, null);
		}
		else if (!isSection(code) && parent != null && !letter.equals(parent.getCode())) {
			errors.rejectValue("parent", taxonomy.message("parent.mismatch"),
					new Object[] { letter, code, parent.getCode() }, null);
		}
	}

	/**
	 * The chosen section, or {@code null} if none was chosen or it is not a section
	 * (reported).
	 */
	private T parent(TaxonomyTermForm form, Errors errors) {
		if (form.getParent() == null) {
			return null;
		}
		T parent = terms.findByCode(form.getParent()).filter((term) -> term.getParent() == null).orElse(null);
		if (parent == null) {
			errors.rejectValue("parent", "admin.taxonomies.parent.unknown");
		}
		return parent;
	}

	private static boolean isSection(String code) {
		return code.length() == 1;
	}

	private static List<String> codes(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getCode).toList();
	}

}
