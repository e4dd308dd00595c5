package eu.clusterportal.cooperation.posting;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.validation.constraints.Size;

/**
 * A partner request as a member sends it. Everything travels as text (the organisation
 * and partnership by id, countries by slug, terms by code, the deadline as ISO date) so
 * that a crafted value becomes a message, never a conversion failure.
 */
public class PartnerRequestForm {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 5000;

	/** The version the member started from, to detect a concurrent change. */
	private Long version;

	/** Which of the member's organisations posts it; fixed once published. */
	private String organisation;

	private String direction;

	private String kind;

	@Size(max = TITLE_MAX, message = "{cooperation.posting.title.size}")
	private String titleEn;

	@Size(max = DESCRIPTION_MAX, message = "{cooperation.posting.description.size}")
	private String descriptionEn;

	@Size(max = TITLE_MAX, message = "{cooperation.posting.title.size}")
	private String titleZh;

	@Size(max = DESCRIPTION_MAX, message = "{cooperation.posting.description.size}")
	private String descriptionZh;

	private String deadline;

	private List<String> targetCountries = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private List<String> technologyFields = new ArrayList<>();

	private String partnership;

	static PartnerRequestForm of(PartnerRequest request) {
		PartnerRequestForm form = new PartnerRequestForm();
		form.version = request.getVersion();
		form.organisation = String.valueOf(request.getOrganisation().getId());
		form.direction = request.getDirection().toParameter();
		form.kind = request.getKind().toParameter();
		form.titleEn = request.getTitleEn();
		form.descriptionEn = request.getDescriptionEn();
		form.titleZh = request.getTitleZh();
		form.descriptionZh = request.getDescriptionZh();
		form.deadline = request.getDeadline().toString();
		form.targetCountries = request.getTargetCountries().stream().map((country) -> country.getSlug()).toList();
		form.sectors = request.getSectors().stream().map(TaxonomyTerm::getCode).toList();
		form.technologyFields = request.getTechnologyFields().stream().map(TaxonomyTerm::getCode).toList();
		form.partnership = (request.getPartnership() != null) ? String.valueOf(request.getPartnership().getId()) : null;
		return form;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	/** {@code request} or {@code offer}. */
	public String getDirection() {
		return direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	/** A kind as URLs write it, e.g. {@code technology-partner}. */
	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getTitleZh() {
		return titleZh;
	}

	public void setTitleZh(String titleZh) {
		this.titleZh = titleZh;
	}

	public String getDescriptionZh() {
		return descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	/** The last open day, as {@code 2027-03-31}. */
	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public List<String> getTargetCountries() {
		return targetCountries;
	}

	public void setTargetCountries(List<String> targetCountries) {
		this.targetCountries = targetCountries;
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

	/** The id of an ESCP-4i partnership, or {@code null}. */
	public String getPartnership() {
		return partnership;
	}

	public void setPartnership(String partnership) {
		this.partnership = partnership;
	}

}
