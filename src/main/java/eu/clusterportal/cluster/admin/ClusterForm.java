package eu.clusterportal.cluster.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A cluster as its form sends it; country and region travel by slug, terms by code. */
public class ClusterForm implements TranslatedForm {

	static final int SLUG_MAX = 120;

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.clusters.name.required}")
	@Size(max = 200, message = "{admin.clusters.name.size}")
	private String name;

	/** Blank: made from the name. */
	@Size(max = SLUG_MAX, message = "{admin.slug.size}")
	@Pattern(regexp = SlugField.FORM_PATTERN, message = "{admin.slug.invalid}")
	private String slug;

	@NotBlank(message = "{admin.clusters.country.required}")
	private String country;

	/** Blank: outside the country's named regions. */
	private String region;

	@Size(max = 120, message = "{admin.clusters.city.size}")
	private String city;

	/**
	 * Degrees north; with {@link #longitude}, or both blank (checked by the validator).
	 */
	@DecimalMin(value = "-90", message = "{admin.clusters.latitude.range}")
	@DecimalMax(value = "90", message = "{admin.clusters.latitude.range}")
	private BigDecimal latitude;

	@DecimalMin(value = "-180", message = "{admin.clusters.longitude.range}")
	@DecimalMax(value = "180", message = "{admin.clusters.longitude.range}")
	private BigDecimal longitude;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String website;

	@Size(max = 10000, message = "{admin.clusters.description.size}")
	private String description;

	private List<String> sectors = new ArrayList<>();

	private List<String> technologyFields = new ArrayList<>();

	@Valid
	private ProvenanceForm locationSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm sectorsSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm technologyFieldsSource = new ProvenanceForm();

	private TranslationForm translation = new TranslationForm();

	static ClusterForm of(Cluster cluster) {
		ClusterForm form = new ClusterForm();
		form.version = cluster.getVersion();
		form.name = cluster.getName();
		form.slug = cluster.getSlug();
		form.country = cluster.getCountry().getSlug();
		form.region = (cluster.getRegion() != null) ? cluster.getRegion().getSlug() : null;
		form.city = cluster.getCity();
		form.latitude = plain(cluster.getLatitude());
		form.longitude = plain(cluster.getLongitude());
		form.website = cluster.getWebsite();
		form.description = cluster.getDescription();
		form.sectors = cluster.getSectors().stream().map(TaxonomyTerm::getCode).toList();
		form.technologyFields = cluster.getTechnologyFields().stream().map(TaxonomyTerm::getCode).toList();
		form.locationSource = ProvenanceForm.of(cluster.getLocationSource());
		form.sectorsSource = ProvenanceForm.of(cluster.getSectorsSource());
		form.technologyFieldsSource = ProvenanceForm.of(cluster.getTechnologyFieldsSource());
		form.translation = TranslationForm.of(cluster);
		return form;
	}

	/** 31.23 rather than the column's 31.23000, and 40 rather than 4E+1. */
	private static BigDecimal plain(BigDecimal degrees) {
		if (degrees == null) {
			return null;
		}
		BigDecimal stripped = degrees.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.CLUSTER;
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

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getSectors() {
		return sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors;
	}

	public List<String> getTechnologyFields() {
		return technologyFields;
	}

	public void setTechnologyFields(List<String> technologyFields) {
		this.technologyFields = technologyFields;
	}

	/** Where the region and the place on the map come from; optional. */
	public ProvenanceForm getLocationSource() {
		return locationSource;
	}

	public void setLocationSource(ProvenanceForm locationSource) {
		this.locationSource = locationSource;
	}

	public ProvenanceForm getSectorsSource() {
		return sectorsSource;
	}

	public void setSectorsSource(ProvenanceForm sectorsSource) {
		this.sectorsSource = sectorsSource;
	}

	public ProvenanceForm getTechnologyFieldsSource() {
		return technologyFieldsSource;
	}

	public void setTechnologyFieldsSource(ProvenanceForm technologyFieldsSource) {
		this.technologyFieldsSource = technologyFieldsSource;
	}

}
