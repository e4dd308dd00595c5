package eu.clusterportal.content.admin;

import eu.clusterportal.content.Achievement;
import eu.clusterportal.country.CountryRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors maintain achievements: list and search, create, edit, delete, history and
 * restore.
 */
@Controller
@RequestMapping("/admin/achievements")
class AchievementAdminController extends ContentAdminController<Achievement, AchievementForm> {

	AchievementAdminController(AchievementAdminService service, CountryRepository countries) {
		super("achievements", service, countries);
	}

	@Override
	protected AchievementForm newForm() {
		return new AchievementForm();
	}

	@Override
	protected AchievementForm formOf(Achievement item) {
		return AchievementForm.of(item);
	}

}
