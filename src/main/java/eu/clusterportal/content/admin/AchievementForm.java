package eu.clusterportal.content.admin;

import java.time.Year;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.AchievementDetails;
import eu.clusterportal.country.Country;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** What the achievement form sends; the country travels by slug, the years as numbers. */
public class AchievementForm extends ContentForm {

	@NotNull(message = "{admin.achievements.start-year.required}")
	@Min(value = 1900, message = "{admin.achievements.year.range}")
	@Max(value = 2100, message = "{admin.achievements.year.range}")
	private Integer startYear;

	@Min(value = 1900, message = "{admin.achievements.year.range}")
	@Max(value = 2100, message = "{admin.achievements.year.range}")
	private Integer endYear;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String url;

	/** Optional: an achievement may be the portal's own news rather than a source's. */
	@Valid
	private ProvenanceForm source = new ProvenanceForm();

	static AchievementForm of(Achievement achievement) {
		AchievementForm form = new AchievementForm();
		form.copyFrom(achievement);
		form.startYear = (achievement.getStart() != null) ? achievement.getStart().getValue() : null;
		form.endYear = (achievement.getEnd() != null) ? achievement.getEnd().getValue() : null;
		form.url = achievement.getUrl();
		form.source = ProvenanceForm.of(achievement.getSource());
		return form;
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.ACHIEVEMENT;
	}

	/** Checks that the end year is not before the start, next to the end year. */
	@Override
	public void checkAcrossFields(Errors errors) {
		if (startYear != null && endYear != null && endYear < startYear && !errors.hasFieldErrors("endYear")) {
			errors.rejectValue("endYear", "admin.achievements.end-year.before-start");
		}
		source.check("source", false, errors);
	}

	/** The achievement as the form describes it, in the country it names. */
	AchievementDetails toDetails(Country country) {
		return new AchievementDetails(country, getTitle(), year(startYear), year(endYear), url, getSummary(),
				getStatus(), source.toProvenance(true));
	}

	private static Year year(Integer value) {
		return (value != null) ? Year.of(value) : null;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public ProvenanceForm getSource() {
		return source;
	}

	public void setSource(ProvenanceForm source) {
		this.source = source;
	}

}
