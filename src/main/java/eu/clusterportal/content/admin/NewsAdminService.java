package eu.clusterportal.content.admin;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.InvalidValueException;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes, deletes and restores news items for editors. */
@Service
class NewsAdminService extends ContentAdminService<NewsItem, NewsForm> {

	private final NewsItemRepository news;

	private final PartnershipRepository partnerships;

	NewsAdminService(NewsItemRepository news, CountryRepository countries, PartnershipRepository partnerships,
			RevisionHistory history) {
		super(NewsItem.class, news, countries, history);
		this.news = news;
		this.partnerships = partnerships;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<NewsItem> search(String text, Pageable pageable) {
		return news.findByTitleContainingIgnoreCaseOrderByPublishedOnDescIdDesc(text, pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<NewsItem> searchUntranslated(String text, Pageable pageable) {
		return news.findUntranslated(text, pageable);
	}

	@Override
	public NewsItem create(NewsForm form) {
		Country country = country(form);
		Partnership partnership = partnership(form);
		return save(translated(new NewsItem(form.toDetails(country, partnership)), form));
	}

	@Override
	public void update(long id, NewsForm form) {
		NewsItem item = get(id);
		item.checkVersion(form.getVersion());
		Country country = country(form);
		Partnership partnership = partnership(form);
		item.edit(form.toDetails(country, partnership));
		translated(item, form);
	}

	@Override
	public void copy(NewsItem earlier, NewsItem item) {
		item.edit(earlier.details());
	}

	private Partnership partnership(NewsForm form) {
		if (form.getPartnership() == null) {
			return null;
		}
		return partnerships.findByAcronym(form.getPartnership())
			.orElseThrow(() -> new InvalidValueException("partnership", "admin.news.partnership.unknown"));
	}

}
