package eu.clusterportal.content.admin;

import java.time.Year;

import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.AchievementRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates, changes, deletes and restores achievements for editors. */
@Service
class AchievementAdminService extends ContentAdminService<Achievement, AchievementForm> {

	private final AchievementRepository achievements;

	AchievementAdminService(AchievementRepository achievements, CountryRepository countries, RevisionHistory history) {
		super(Achievement.class, achievements, countries, history);
		this.achievements = achievements;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Achievement> search(String text, Pageable pageable) {
		return achievements.findByTitleContainingIgnoreCaseOrderByStartDescIdDesc(text, pageable);
	}

	@Override
	Achievement createValid(AchievementForm form, Errors errors) {
		Country country = country(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Achievement achievement = new Achievement(country, form.getTitle(), year(form.getStartYear()));
		apply(achievement, form, country);
		return save(achievement);
	}

	@Override
	void updateValid(long id, AchievementForm form, Errors errors) {
		Achievement achievement = get(id);
		achievement.checkVersion(form.getVersion());
		Country country = country(form, errors);
		if (!errors.hasErrors()) {
			apply(achievement, form, country);
		}
	}

	@Override
	public void copy(Achievement earlier, Achievement achievement) {
		achievement.edit(earlier.getCountry(), earlier.getTitle(), earlier.getStart(), earlier.getEnd(),
				earlier.getUrl(), earlier.getSummary(), earlier.getStatus());
	}

	private static void apply(Achievement achievement, AchievementForm form, Country country) {
		achievement.edit(country, form.getTitle(), year(form.getStartYear()), year(form.getEndYear()),
				form.getUrl(), form.getSummary(), form.getStatus());
	}

	private static Year year(Integer value) {
		return (value != null) ? Year.of(value) : null;
	}

}
