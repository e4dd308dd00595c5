package eu.clusterportal.admin;

import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Creates, changes, deletes and restores news items for editors. */
@Service
@Transactional
class NewsEditor {

	private final NewsItemRepository news;

	private final CountryRepository countries;

	private final PartnershipRepository partnerships;

	private final RevisionHistory history;

	NewsEditor(NewsItemRepository news, CountryRepository countries, PartnershipRepository partnerships,
			RevisionHistory history) {
		this.news = news;
		this.countries = countries;
		this.partnerships = partnerships;
		this.history = history;
	}

	@Transactional(readOnly = true)
	Page<NewsItem> search(String text, Pageable pageable) {
		return news.findByTitleContainingIgnoreCaseOrderByPublishedOnDescIdDesc(text, pageable);
	}

	@Transactional(readOnly = true)
	NewsItem get(long id) {
		return news.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Saves a new item, or returns {@code null} after reporting unknown references in {@code errors}. */
	NewsItem create(NewsForm form, Errors errors) {
		Country country = country(form, errors);
		Partnership partnership = partnership(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		NewsItem item = new NewsItem(country, form.getChannel(), form.getTitle().trim(), form.getPublishedOn());
		apply(item, form, country, partnership);
		return news.save(item);
	}

	/**
	 * Changes an item, unless someone else saved it since the form was opened.
	 * @throws EditConflictException if the item changed meanwhile
	 */
	void update(long id, NewsForm form, Errors errors) {
		NewsItem item = get(id);
		item.checkVersion(form.getVersion());
		Country country = country(form, errors);
		Partnership partnership = partnership(form, errors);
		if (!errors.hasErrors()) {
			apply(item, form, country, partnership);
		}
	}

	void delete(long id) {
		news.delete(get(id));
	}

	@Transactional(readOnly = true)
	List<RevisionEntry<NewsItem>> history(long id) {
		get(id);
		return history.of(NewsItem.class, id);
	}

	/** Makes an earlier revision the current state again; this is itself a new revision. */
	void restore(long id, long revision) {
		NewsItem item = get(id);
		NewsItem earlier = history.at(NewsItem.class, id, revision)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		item.edit(earlier.getCountry(), earlier.getChannel(), earlier.getPartnership(), earlier.getTitle(),
				earlier.getPublishedOn(), earlier.getSummary(), earlier.getUrl(), earlier.getStatus());
	}

	private static void apply(NewsItem item, NewsForm form, Country country, Partnership partnership) {
		item.edit(country, form.getChannel(), partnership, form.getTitle().trim(), form.getPublishedOn(),
				blankToNull(form.getSummary()), blankToNull(form.getUrl()), form.getStatus());
	}

	private Country country(NewsForm form, Errors errors) {
		Country country = countries.findBySlug(form.getCountry()).orElse(null);
		if (country == null && !errors.hasFieldErrors("country")) {
			errors.rejectValue("country", "admin.news.country.unknown");
		}
		return country;
	}

	private Partnership partnership(NewsForm form, Errors errors) {
		if (form.getPartnership() == null || form.getPartnership().isBlank()) {
			return null;
		}
		Partnership partnership = partnerships.findByAcronym(form.getPartnership()).orElse(null);
		if (partnership == null) {
			errors.rejectValue("partnership", "admin.news.partnership.unknown");
		}
		return partnership;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
