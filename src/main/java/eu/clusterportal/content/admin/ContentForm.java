package eu.clusterportal.content.admin;

import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * What every content form sends: the version it was opened with, the country by slug,
 * title, summary and status. New content starts as a draft.
 */
public abstract class ContentForm implements TranslatedForm {

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.content.country.required}")
	private String country;

	@NotBlank(message = "{admin.content.title.required}")
	@Size(max = 300, message = "{admin.content.title.size}")
	private String title;

	@Size(max = 2000, message = "{admin.content.summary.size}")
	private String summary;

	@NotNull(message = "{admin.status.required}")
	private PublicationStatus status = PublicationStatus.DRAFT;

	private TranslationForm translation = new TranslationForm();

	/** Fills in the fields every content item has. */
	protected void copyFrom(ContentItem item) {
		version = item.getVersion();
		country = item.getCountry().getSlug();
		title = item.getTitle();
		summary = item.getSummary();
		status = item.getStatus();
		translation = TranslationForm.of(item);
	}

	/** Title and summary; kinds with more texts add theirs. */
	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.CONTENT;
	}

	@Override
	public TranslationForm getTranslation() {
		return translation;
	}

	public void setTranslation(TranslationForm translation) {
		this.translation = translation;
	}

	/**
	 * Checks rules that span fields, putting each error next to the field to change. Runs
	 * with the annotations, so that every error shows at once; none by default.
	 */
	void checkAcrossFields(Errors errors) {
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public PublicationStatus getStatus() {
		return status;
	}

	public void setStatus(PublicationStatus status) {
		this.status = status;
	}

}
