package eu.clusterportal.content.admin;

import java.util.List;

import eu.clusterportal.admin.RecordAdminService;
import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.content.ContentItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.transaction.annotation.Transactional;

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

	/** Gives {@code item} the content {@code earlier} had. */
	abstract void copy(T earlier, T item);

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
		return TranslatedFields.withChanges(history.of(type, id));
	}

	/**
	 * Makes an earlier revision the current state again; this is itself a new revision.
	 */
	@Override
	public void restore(long id, long revision) {
		T item = get(id);
		T earlier = history.at(type, id, revision).orElseThrow(RecordNotFoundException::new);
		copy(earlier, item);
	}

	@Override
	public void restoreTranslation(long id, long revision) {
		TranslatedFields.restoreTranslation(get(id),
				history.at(type, id, revision).orElseThrow(RecordNotFoundException::new));
	}

	/** Gives the item the form's Chinese translation. */
	protected T translated(T item, F form) {
		form.getTranslation().applyTo(item, form.translatedFields());
		return item;
	}

	protected T save(T item) {
		return items.save(item);
	}

	/** The form's country. */
	protected Country country(F form) {
		return countries.findBySlug(form.getCountry())
			.orElseThrow(() -> new InvalidValueException("country", "admin.content.country.unknown"));
	}

}
