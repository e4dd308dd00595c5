package eu.clusterportal.organisation.admin;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.admin.SlugField;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation as its form sends it; country and region travel by slug, terms by code,
 * clusters by slug.
 */
public class OrganisationForm implements TranslatedForm {

	static final int SLUG_MAX = 120;

	/** The version the editor started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{admin.organisations.name.required}")
	@Size(max = 200, message = "{admin.organisations.name.size}")
	private String name;

	/** Blank: made from the name. */
	@Size(max = SLUG_MAX, message = "{admin.slug.size}")
	@Pattern(regexp = SlugField.FORM_PATTERN, message = "{admin.slug.invalid}")
	private String slug;

	@NotNull(message = "{admin.organisations.type.required}")
	private OrganisationType type;

	@NotBlank(message = "{admin.organisations.country.required}")
	private String country;

	/** Blank: none known, or it works for the whole country. */
	private String region;

	@Size(max = 120, message = "{admin.organisations.city.size}")
	private String city;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String website;

	/** A public web form or e-mail address (checked by the validator). */
	@Size(max = 500, message = "{admin.organisations.contact.size}")
	private String contact;

	@Size(max = 10000, message = "{admin.organisations.description.size}")
	private String description;

	private boolean offersHelp;

	private List<String> sectors = new ArrayList<>();

	private List<String> technologyFields = new ArrayList<>();

	private List<String> clusters = new ArrayList<>();

	@Valid
	private ProvenanceForm typeSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm placeSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm websiteSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm sectorsSource = new ProvenanceForm();

	private TranslationForm translation = new TranslationForm();

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.version = organisation.getVersion();
		form.name = organisation.getName();
		form.slug = organisation.getSlug();
		form.type = organisation.getType();
		form.country = organisation.getCountry().getSlug();
		form.region = (organisation.getRegion() != null) ? organisation.getRegion().getSlug() : null;
		form.city = organisation.getCity();
		form.website = organisation.getWebsite();
		form.contact = organisation.getContact();
		form.description = organisation.getDescription();
		form.offersHelp = organisation.isOffersHelp();
		form.sectors = organisation.getSectors().stream().map(TaxonomyTerm::getCode).toList();
		form.technologyFields = organisation.getTechnologyFields().stream().map(TaxonomyTerm::getCode).toList();
		form.clusters = organisation.getClusters().stream().map(Cluster::getSlug).toList();
		form.typeSource = ProvenanceForm.of(organisation.getTypeSource());
		form.placeSource = ProvenanceForm.of(organisation.getPlaceSource());
		form.websiteSource = ProvenanceForm.of(organisation.getWebsiteSource());
		form.sectorsSource = ProvenanceForm.of(organisation.getSectorsSource());
		form.translation = TranslationForm.of(organisation);
		return form;
	}

	/** Whether region or city is given, which their source then qualifies. */
	boolean hasPlace() {
		return region != null || city != null;
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.ORGANISATION;
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

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
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

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isOffersHelp() {
		return offersHelp;
	}

	public void setOffersHelp(boolean offersHelp) {
		this.offersHelp = offersHelp;
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

	public List<String> getClusters() {
		return clusters;
	}

	public void setClusters(List<String> clusters) {
		this.clusters = clusters;
	}

	/** Where the type comes from; required, as the type is always given. */
	public ProvenanceForm getTypeSource() {
		return typeSource;
	}

	public void setTypeSource(ProvenanceForm typeSource) {
		this.typeSource = typeSource;
	}

	/** Where region and city come from; required once either is given. */
	public ProvenanceForm getPlaceSource() {
		return placeSource;
	}

	public void setPlaceSource(ProvenanceForm placeSource) {
		this.placeSource = placeSource;
	}

	public ProvenanceForm getWebsiteSource() {
		return websiteSource;
	}

	public void setWebsiteSource(ProvenanceForm websiteSource) {
		this.websiteSource = websiteSource;
	}

	public ProvenanceForm getSectorsSource() {
		return sectorsSource;
	}

	public void setSectorsSource(ProvenanceForm sectorsSource) {
		this.sectorsSource = sectorsSource;
	}

}
