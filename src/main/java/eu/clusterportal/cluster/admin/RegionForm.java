package eu.clusterportal.cluster.admin;

import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionDetails;
import eu.clusterportal.country.Country;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A region as its form sends it; the country travels by slug. */
public class RegionForm implements TranslatedForm {

	static final int SLUG_MAX = 80;

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.regions.country.required}")
	private String country;

	@NotBlank(message = "{admin.regions.name.required}")
	@Size(max = 160, message = "{admin.regions.name.size}")
	private String name;

	/** Blank: made from the name. */
	@Size(max = SLUG_MAX, message = "{admin.slug.size}")
	@Pattern(regexp = SlugField.FORM_PATTERN, message = "{admin.slug.invalid}")
	private String slug;

	@Size(max = 10000, message = "{admin.regions.description.size}")
	private String description;

	@NotNull(message = "{admin.regions.position.required}")
	@Min(value = 0, message = "{admin.regions.position.range}")
	@Max(value = 9999, message = "{admin.regions.position.range}")
	private Integer position = 0;

	private TranslationForm translation = new TranslationForm();

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.version = region.getVersion();
		form.country = region.getCountry().getSlug();
		form.name = region.getName();
		form.slug = region.getSlug();
		form.description = region.getDescription();
		form.position = region.getPosition();
		form.translation = TranslationForm.of(region);
		return form;
	}

	/**
	 * The region as the form describes it, in the country and with the slug chosen for
	 * it.
	 */
	RegionDetails toDetails(Country country, String slug) {
		return new RegionDetails(country, slug, name, description, position);
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.REGION;
	}

	@Override
	public TranslationForm getTranslation() {
		return translation;
	}

	public void setTranslation(TranslationForm translation) {
		this.translation = translation;
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

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

}
