package eu.clusterportal.content.admin;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.partnership.PartnershipRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain news items: list and search, create, edit, delete, history and
 * restore.
 */
@Controller
@RequestMapping("/admin/news")
class NewsAdminController extends ContentAdminController<NewsItem, NewsForm> {

	private final PartnershipRepository partnerships;

	NewsAdminController(NewsAdminService service, CountryRepository countries, PartnershipRepository partnerships) {
		super("news", service, countries);
		this.partnerships = partnerships;
	}

	@Override
	protected NewsForm newForm() {
		return new NewsForm();
	}

	@Override
	protected NewsForm formOf(NewsItem item) {
		return NewsForm.of(item);
	}

	@Override
	protected void addOwnChoices(NewsForm form, Model model) {
		model.addAttribute("partnerships", partnerships.findAllByOrderByAcronymAsc());
		model.addAttribute("channels", NewsChannel.values());
	}

}
