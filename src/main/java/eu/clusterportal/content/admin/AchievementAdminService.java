package eu.clusterportal.content.admin;

import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.AchievementRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.RevisionHistory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
	@Transactional(readOnly = true)
	public Page<Achievement> searchUntranslated(String text, Pageable pageable) {
		return achievements.findUntranslated(text, pageable);
	}

	@Override
	public Achievement create(AchievementForm form) {
		Country country = country(form);
		return save(translated(new Achievement(form.toDetails(country)), form));
	}

	@Override
	public void update(long id, AchievementForm form) {
		Achievement achievement = get(id);
		achievement.checkVersion(form.getVersion());
		Country country = country(form);
		achievement.edit(form.toDetails(country));
		translated(achievement, form);
	}

	@Override
	public void copy(Achievement earlier, Achievement achievement) {
		achievement.edit(earlier.details());
	}

}
