package eu.clusterportal.partnership.admin;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partnership as its form sends it; terms travel by code, countries and member clusters
 * by slug. The description is Markdown.
 */
public class PartnershipForm implements TranslatedForm {

	private Long version;

	@NotBlank(message = "{admin.partnership.acronym.required}")
	@Size(max = 40, message = "{admin.partnership.acronym.size}")
	private String acronym;

	@NotBlank(message = "{admin.partnership.name.required}")
	@Size(max = 200, message = "{admin.partnership.name.size}")
	private String name;

	@Size(max = 4000, message = "{admin.partnership.description.size}")
	private String description;

	@Min(value = 0, message = "{admin.partnership.count.negative}")
	private Integer smesInvolved;

	@Min(value = 0, message = "{admin.partnership.count.negative}")
	private Integer partners;

	private List<String> technologyFields = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private List<String> targetCountries = new ArrayList<>();

	private List<String> members = new ArrayList<>();

	@Valid
	private ProvenanceForm descriptionSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm figuresSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm technologyFieldsSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm sectorsSource = new ProvenanceForm();

	@Valid
	private ProvenanceForm targetCountriesSource = new ProvenanceForm();

	private TranslationForm translation = new TranslationForm();

	static PartnershipForm of(Partnership partnership) {
		PartnershipForm form = new PartnershipForm();
		form.version = partnership.getVersion();
		form.acronym = partnership.getAcronym();
		form.name = partnership.getName();
		form.description = partnership.getDescription();
		form.smesInvolved = partnership.getSmesInvolved();
		form.partners = partnership.getPartners();
		form.technologyFields = partnership.getTechnologyFields().stream().map(TaxonomyTerm::getCode).toList();
		form.sectors = partnership.getSectors().stream().map(TaxonomyTerm::getCode).toList();
		form.targetCountries = partnership.getTargetCountries().stream().map(Country::getSlug).toList();
		form.members = partnership.getMembers().stream().map(Cluster::getSlug).toList();
		form.descriptionSource = ProvenanceForm.of(partnership.getDescriptionSource());
		form.figuresSource = ProvenanceForm.of(partnership.getFiguresSource());
		form.technologyFieldsSource = ProvenanceForm.of(partnership.getTechnologyFieldsSource());
		form.sectorsSource = ProvenanceForm.of(partnership.getSectorsSource());
		form.targetCountriesSource = ProvenanceForm.of(partnership.getTargetCountriesSource());
		form.translation = TranslationForm.of(partnership);
		return form;
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.PARTNERSHIP;
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

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getSmesInvolved() {
		return smesInvolved;
	}

	public void setSmesInvolved(Integer smesInvolved) {
		this.smesInvolved = smesInvolved;
	}

	public Integer getPartners() {
		return partners;
	}

	public void setPartners(Integer partners) {
		this.partners = partners;
	}

	public List<String> getTechnologyFields() {
		return technologyFields;
	}

	public void setTechnologyFields(List<String> technologyFields) {
		this.technologyFields = technologyFields;
	}

	public List<String> getSectors() {
		return sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors;
	}

	public List<String> getTargetCountries() {
		return targetCountries;
	}

	public void setTargetCountries(List<String> targetCountries) {
		this.targetCountries = targetCountries;
	}

	public List<String> getMembers() {
		return members;
	}

	public void setMembers(List<String> members) {
		this.members = members;
	}

	/** Where the name and description come from; optional. */
	public ProvenanceForm getDescriptionSource() {
		return descriptionSource;
	}

	public void setDescriptionSource(ProvenanceForm descriptionSource) {
		this.descriptionSource = descriptionSource;
	}

	public ProvenanceForm getFiguresSource() {
		return figuresSource;
	}

	public void setFiguresSource(ProvenanceForm figuresSource) {
		this.figuresSource = figuresSource;
	}

	public ProvenanceForm getTechnologyFieldsSource() {
		return technologyFieldsSource;
	}

	public void setTechnologyFieldsSource(ProvenanceForm technologyFieldsSource) {
		this.technologyFieldsSource = technologyFieldsSource;
	}

	public ProvenanceForm getSectorsSource() {
		return sectorsSource;
	}

	public void setSectorsSource(ProvenanceForm sectorsSource) {
		this.sectorsSource = sectorsSource;
	}

	public ProvenanceForm getTargetCountriesSource() {
		return targetCountriesSource;
	}

	public void setTargetCountriesSource(ProvenanceForm targetCountriesSource) {
		this.targetCountriesSource = targetCountriesSource;
	}

	boolean hasFigures() {
		return smesInvolved != null || partners != null;
	}

}
