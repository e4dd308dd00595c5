package eu.clusterportal.taxonomy.admin;

import java.util.List;

import eu.clusterportal.admin.DeletionRefusedException;
import eu.clusterportal.admin.Dependents;
import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.RestoreRefusedException;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TaxonomyTermRepository;
import eu.clusterportal.taxonomy.TermDetails;
import eu.clusterportal.taxonomy.TermUsage;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes and restores the terms of one taxonomy for editors, keeping
 * its shape: a section's code is a letter, a division's code is its section's letter and
 * two digits, codes are unique, and nothing in use is deleted.
 */
@Transactional
abstract class TaxonomyAdminService<T extends TaxonomyTerm> extends RecordAdminService<T, TermUsage, TaxonomyTermForm> {

	private final Taxonomy taxonomy;

	private final Class<T> type;

	private final TaxonomyTermRepository<T> terms;

	private final RevisionHistory history;

	private final TaxonomyTermFormValidator<T> validator;

	TaxonomyAdminService(Taxonomy taxonomy, Class<T> type, TaxonomyTermRepository<T> terms, RevisionHistory history) {
		this.taxonomy = taxonomy;
		this.type = type;
		this.terms = terms;
		this.history = history;
		this.validator = new TaxonomyTermFormValidator<>(taxonomy, terms);
	}

	/** Checks a form against the taxonomy's shape and the other terms. */
	TaxonomyTermFormValidator<T> validator() {
		return validator;
	}

	/** A new, unsaved term. */
	abstract T newTerm(TermDetails<T> details);

	abstract void edit(T term, TermDetails<T> details);

	Taxonomy taxonomy() {
		return taxonomy;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TermUsage> search(String text, Pageable pageable) {
		return terms.findUsage(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<TermUsage> searchUntranslated(String text, Pageable pageable) {
		return terms.findUntranslatedUsage(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public T get(long id) {
		return terms.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	/** The sections, which a division can belong to. */
	@Transactional(readOnly = true)
	List<T> sections() {
		return terms.findByParentIsNullOrderByCode();
	}

	/** Saves a new term from a form that passed {@link TaxonomyTermFormValidator}. */
	@Override
	public T create(TaxonomyTermForm form) {
		T term = newTerm(form.toDetails(parent(form)));
		form.getTranslation().applyTo(term, form.translatedFields());
		return terms.save(term);
	}

	/**
	 * Changes a term after a form that passed {@link TaxonomyTermFormValidator}.
	 * @throws eu.clusterportal.editorial.EditConflictException if someone else saved the
	 * term since the form was opened
	 */
	@Override
	public void update(long id, TaxonomyTermForm form) {
		T term = get(id);
		term.checkVersion(form.getVersion());
		edit(term, form.toDetails(parent(form)));
		form.getTranslation().applyTo(term, form.translatedFields());
	}

	/** What stops the term from being deleted; empty when nothing does. */
	@Override
	@Transactional(readOnly = true)
	public Dependents dependents(long id) {
		return dependentsOf(get(id));
	}

	/**
	 * @throws DeletionRefusedException if clusters or partnerships use the term, or a
	 * section still has divisions
	 */
	@Override
	public void delete(long id) {
		T term = get(id);
		Dependents dependents = dependentsOf(term);
		if (!dependents.isEmpty()) {
			throw new DeletionRefusedException();
		}
		terms.delete(term);
	}

	/** Every saved state of the term, newest first, with the section each had then. */
	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<T>> history(long id) {
		get(id);
		List<RevisionEntry<T>> revisions = TranslatedFields.withChanges(history.of(type, id));
		revisions.forEach((entry) -> Hibernate.initialize(entry.item().getParent()));
		return revisions;
	}

	/**
	 * Makes an earlier version the current one again, checked like any save; this is
	 * itself a new revision.
	 * @throws RestoreRefusedException if it no longer fits the other terms
	 */
	@Override
	public void restore(long id, long revision) {
		TaxonomyTermForm form = earlierVersion(id, revision);
		if (!validator.accepts(form, id)) {
			throw new RestoreRefusedException("admin.taxonomies.restore.refused");
		}
		update(id, form);
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(type, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	/**
	 * The term as it was at a revision, as a form to save over the current version. Its
	 * section is named by its code of today, which may have changed since.
	 */
	@Transactional(readOnly = true)
	TaxonomyTermForm earlierVersion(long id, long revision) {
		T term = get(id);
		T earlier = history.at(type, id, revision).orElseThrow(RecordNotFoundException::new);
		TaxonomyTermForm form = new TaxonomyTermForm();
		form.setVersion(term.getVersion());
		form.setCode(earlier.getCode());
		form.setName(earlier.getName());
		form.setTranslation(TranslationForm.of(term));
		if (earlier.getParent() != null) {
			form.setParent(terms.findById(earlier.getParent().getId()).map(TaxonomyTerm::getCode).orElse(null));
		}
		return form;
	}

	/** The section the form names. */
	private T parent(TaxonomyTermForm form) {
		if (form.getParent() == null) {
			return null;
		}
		return terms.findByCode(form.getParent())
			.filter((term) -> term.getParent() == null)
			.orElseThrow(() -> new InvalidValueException("parent", "admin.taxonomies.parent.unknown"));
	}

	private Dependents dependentsOf(T term) {
		return Dependents.of(
				Dependents.group(taxonomy.message("dependents.clusters"), terms.findClusterNames(term.getId())),
				Dependents.group(taxonomy.message("dependents.partnerships"),
						terms.findPartnershipAcronyms(term.getId())),
				Dependents.group(taxonomy.message("dependents.organisations"),
						terms.findOrganisationNames(term.getId())),
				Dependents.group(taxonomy.message("dependents.requests"), terms.findPartnerRequestTitles(term.getId())),
				Dependents.group(taxonomy.message("dependents.divisions"), codes(terms.findByParentOrderByCode(term))));
	}

	private static List<String> codes(List<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getCode).toList();
	}

}
