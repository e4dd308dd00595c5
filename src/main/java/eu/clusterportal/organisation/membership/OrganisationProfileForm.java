package eu.clusterportal.organisation.membership;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.web.ValidWebAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation's profile as a member sends it: what the public page shows, without the
 * sources, the help mark, the status and the clusters, which editors keep. Country and
 * region travel by slug, terms by code.
 */
public class OrganisationProfileForm {

	/** The version the member started from, to detect a concurrent change. */
	private Long version;

	@NotBlank(message = "{member-orgs.name.required}")
	@Size(max = 200, message = "{member-orgs.name.size}")
	private String name;

	@NotBlank(message = "{member-orgs.type.required}")
	private String type;

	@NotBlank(message = "{member-orgs.country.required}")
	private String country;

	/** Blank: none, or the organisation works for the whole country. */
	private String region;

	@Size(max = 120, message = "{member-orgs.city.size}")
	private String city;

	@Size(max = 500, message = "{admin.url.invalid}")
	@ValidWebAddress
	private String website;

	/** A web form or a public e-mail address (checked by the validator). */
	@Size(max = 500, message = "{member-orgs.contact.size}")
	private String contact;

	private List<String> sectors = new ArrayList<>();

	private List<String> technologyFields = new ArrayList<>();

	@Size(max = 10000, message = "{member-orgs.description.size}")
	private String description;

	@Size(max = 10000, message = "{member-orgs.description.size}")
	private String chineseDescription;

	static OrganisationProfileForm of(Organisation organisation) {
		OrganisationProfileForm form = new OrganisationProfileForm();
		form.version = organisation.getVersion();
		form.name = organisation.getName();
		form.type = organisation.getType().name();
		form.country = organisation.getCountry().getSlug();
		form.region = (organisation.getRegion() != null) ? organisation.getRegion().getSlug() : null;
		form.city = organisation.getCity();
		form.website = organisation.getWebsite();
		form.contact = organisation.getContact();
		form.sectors = organisation.getSectors().stream().map(TaxonomyTerm::getCode).toList();
		form.technologyFields = organisation.getTechnologyFields().stream().map(TaxonomyTerm::getCode).toList();
		form.description = organisation.getDescription();
		form.chineseDescription = OrganisationTexts.chineseDescription(organisation);
		return form;
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

	public String getType() {
		return type;
	}

	public void setType(String type) {
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

	/** In English, Markdown. */
	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	/**
	 * In Chinese, Markdown: the organisation's Chinese translation of the description.
	 */
	public String getChineseDescription() {
		return chineseDescription;
	}

	public void setChineseDescription(String chineseDescription) {
		this.chineseDescription = chineseDescription;
	}

}
