package eu.clusterportal.content.admin;

import java.util.List;

import eu.clusterportal.content.ContentItem;
import eu.clusterportal.content.ContentItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates, changes, deletes and restores one kind of content item for editors. Subclasses
 * turn their form into the item and back; this class finds, deletes and restores.
 */
@Transactional
abstract class ContentAdminService<T extends ContentItem, F extends ContentForm> {

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

	/** The editors' list: items whose title contains the text, drafts too. */
	abstract Page<T> search(String text, Pageable pageable);

	/** The form for an item, filled in with its current state. */
	abstract F formOf(T item);

	/** Saves a new item, or returns {@code null} after reporting unknown references in {@code errors}. */
	abstract T create(F form, Errors errors);

	/**
	 * Changes an item, unless someone else saved it since the form was opened.
	 * @throws eu.clusterportal.editorial.EditConflictException if the item changed meanwhile
	 */
	abstract void update(long id, F form, Errors errors);

	/** Gives {@code item} the content {@code earlier} had. */
	abstract void copy(T earlier, T item);

	@Transactional(readOnly = true)
	T get(long id) {
		return items.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	void delete(long id) {
		items.delete(get(id));
	}

	@Transactional(readOnly = true)
	List<RevisionEntry<T>> history(long id) {
		get(id);
		return history.of(type, id);
	}

	/** Makes an earlier revision the current state again; this is itself a new revision. */
	void restore(long id, long revision) {
		T item = get(id);
		T earlier = history.at(type, id, revision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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

	protected static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
