package eu.clusterportal.content.admin;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionHistory;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

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
	NewsItem createValid(NewsForm form, Errors errors) {
		Country country = country(form, errors);
		Partnership partnership = partnership(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return save(new NewsItem(form.toDetails(country, partnership)));
	}

	@Override
	void updateValid(long id, NewsForm form, Errors errors) {
		NewsItem item = get(id);
		item.checkVersion(form.getVersion());
		Country country = country(form, errors);
		Partnership partnership = partnership(form, errors);
		if (!errors.hasErrors()) {
			item.edit(form.toDetails(country, partnership));
		}
	}

	@Override
	public void copy(NewsItem earlier, NewsItem item) {
		item.edit(earlier.details());
	}

	private Partnership partnership(NewsForm form, Errors errors) {
		if (form.getPartnership() == null) {
			return null;
		}
		Partnership partnership = partnerships.findByAcronym(form.getPartnership()).orElse(null);
		if (partnership == null) {
			errors.rejectValue("partnership", "admin.news.partnership.unknown");
		}
		return partnership;
	}

}
