package eu.clusterportal.content.admin;

import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import java.util.List;

import eu.clusterportal.content.ContentItem;
import eu.clusterportal.content.ContentItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, changes, deletes and restores one kind of content item for editors. Subclasses
 * turn their form into the item and back; this class finds, deletes and restores.
 */
@Transactional
abstract class ContentAdminService<T extends ContentItem, F extends ContentForm> extends RecordAdminService<T, T, F> {

	private final Class<T> type;

	private final ContentItemRepository<T> items;

	private final CountryRepository countries;

	private final RevisionHistory history;

	protected ContentAdminService(Class<T> type, ContentItemRepository<T> items, CountryRepository countries,
			RevisionHistory history) {
		this.type = type;
		this.items = items;
		this.countries = countries;
		this.history = history;
	}

	/** Saves a new item from a valid form, or returns {@code null} after reporting unknown references in {@code errors}. */
	abstract T createValid(F form, Errors errors);

	/**
	 * Changes an item after a valid form, unless someone else saved it since the form was opened.
	 * @throws eu.clusterportal.editorial.EditConflictException if the item changed meanwhile
	 */
	abstract void updateValid(long id, F form, Errors errors);

	/** Gives {@code item} the content {@code earlier} had. */
	abstract void copy(T earlier, T item);

	/** Saves a new item, or returns {@code null} if the form has errors or refers to something unknown. */
	@Override
	public T create(F form, Errors errors) {
		return errors.hasErrors() ? null : createValid(form, errors);
	}

	@Override
	public void update(long id, F form, Errors errors) {
		if (!errors.hasErrors()) {
			updateValid(id, form, errors);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public T get(long id) {
		return items.findById(id).orElseThrow(RecordNotFoundException::new);
	}

	@Override
	public void delete(long id) {
		items.delete(get(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RevisionEntry<T>> history(long id) {
		get(id);
		return history.of(type, id);
	}

	/** Makes an earlier revision the current state again; this is itself a new revision. */
	@Override
	public void restore(long id, long revision) {
		T item = get(id);
		T earlier = history.at(type, id, revision).orElseThrow(RecordNotFoundException::new);
		copy(earlier, item);
	}

	protected T save(T item) {
		return items.save(item);
	}

	/** The form's country, or {@code null} after reporting that it does not exist (any more). */
	protected Country country(F form, Errors errors) {
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null && !errors.hasFieldErrors("country")) {
			errors.rejectValue("country", "admin.content.country.unknown");
		}
		return country;
	}

}
