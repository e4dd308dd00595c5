package eu.clusterportal.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterportal.account.Account;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.EditorialRecord;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * What an organisation seeks (a request) or offers, posted by one of its validated
 * members: the kind of partner, the countries, sectors and technology fields it concerns,
 * a title and description in English, Chinese or both, and a deadline after which it is
 * closed but stays readable. Its history refers to organisation, countries and terms as
 * they are now.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class PartnerRequest extends EditorialRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	/** The member who posted it and reads its answers; {@code null} once they left. */
	@ManyToOne(fetch = FetchType.LAZY)
	@NotAudited
	private Account poster;

	@ManyToOne(fetch = FetchType.LAZY)
	private Partnership partnership;

	@Enumerated(EnumType.STRING)
	private PartnerRequestDirection direction;

	@Enumerated(EnumType.STRING)
	private PartnerRequestKind kind;

	private String titleEn;

	private String descriptionEn;

	private String titleZh;

	private String descriptionZh;

	/** The last day it is open, in the portal's time zone. */
	private LocalDate deadline;

	/** When its poster closed it before the deadline, or {@code null}. */
	private Instant closedAt;

	/** A decision, not content: its history of versions does not keep it. */
	@Enumerated(EnumType.STRING)
	@NotAudited
	private PartnerRequestStatus status = PartnerRequestStatus.PUBLISHED;

	/** Why an editor unpublished it, or {@code null}. */
	@NotAudited
	private String statusReason;

	@ManyToMany
	@JoinTable(name = "partner_request_country", joinColumns = @JoinColumn(name = "partner_request_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	@OrderBy("name")
	private Set<Country> targetCountries = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partner_request_sector", joinColumns = @JoinColumn(name = "partner_request_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("code")
	private Set<Sector> sectors = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partner_request_technology_field", joinColumns = @JoinColumn(name = "partner_request_id"),
			inverseJoinColumns = @JoinColumn(name = "technology_field_id"))
	@OrderBy("code")
	private Set<TechnologyField> technologyFields = new LinkedHashSet<>();

	protected PartnerRequest() {
	}

	public PartnerRequest(Organisation organisation, Account poster, PartnerRequestDetails details) {
		this.organisation = organisation;
		this.poster = poster;
		edit(details);
	}

	public void edit(PartnerRequestDetails details) {
		this.direction = details.direction();
		this.kind = details.kind();
		this.titleEn = (details.english() != null) ? details.english().title() : null;
		this.descriptionEn = (details.english() != null) ? details.english().description() : null;
		this.titleZh = (details.chinese() != null) ? details.chinese().title() : null;
		this.descriptionZh = (details.chinese() != null) ? details.chinese().description() : null;
		this.deadline = details.deadline();
		this.targetCountries = new LinkedHashSet<>(details.targetCountries());
		this.sectors = new LinkedHashSet<>(details.sectors());
		this.technologyFields = new LinkedHashSet<>(details.technologyFields());
		this.partnership = details.partnership();
	}

	public PartnerRequestDetails details() {
		return new PartnerRequestDetails(this.direction, this.kind,
				(this.titleEn != null) ? new PartnerRequestDetails.RequestTexts(this.titleEn, this.descriptionEn)
						: null,
				(this.titleZh != null) ? new PartnerRequestDetails.RequestTexts(this.titleZh, this.descriptionZh)
						: null,
				this.deadline, this.targetCountries, this.sectors, this.technologyFields, this.partnership);
	}

	/** Closes it before its deadline (a partner was found, or no longer sought). */
	public void close(Instant when) {
		if (this.closedAt == null) {
			this.closedAt = when;
		}
	}

	public void unpublish(String reason) {
		this.status = PartnerRequestStatus.UNPUBLISHED;
		this.statusReason = reason;
	}

	public void publishAgain() {
		this.status = PartnerRequestStatus.PUBLISHED;
		this.statusReason = null;
	}

	/** Whether answers are still wanted on the given day of the portal's time zone. */
	public boolean isOpenOn(LocalDate today) {
		return this.status == PartnerRequestStatus.PUBLISHED && this.closedAt == null && !today.isAfter(this.deadline);
	}

	/** Its title as a page in the language shows it ({@link #text}). */
	public LocalizedText title(Language page) {
		return text(this.titleEn, this.titleZh, page);
	}

	/**
	 * Its description as a page in the language shows it ({@link #text}): in the language
	 * of its title, as the member writes both in each language.
	 */
	public LocalizedText description(Language page) {
		return text(this.descriptionEn, this.descriptionZh, page);
	}

	/**
	 * Which of a request's texts a page in the given language shows: the member's own in
	 * that language, or else the one in the other language, marked as such
	 * ({@link LocalizedText#fallback()}). For texts read without the entity too.
	 * @param english the English text, {@code null} when the member wrote only Chinese
	 * @param chinese the Chinese text, {@code null} when the member wrote only English
	 */
	public static LocalizedText text(String english, String chinese, Language page) {
		boolean inChinese = page.isOriginal() ? english == null : chinese != null;
		Language written = inChinese ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
		return new LocalizedText(inChinese ? chinese : english, written, written != page);
	}

	public Long getId() {
		return id;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public Account getPoster() {
		return poster;
	}

	/** The ESCP-4i partnership it is part of, or {@code null}. */
	public Partnership getPartnership() {
		return partnership;
	}

	public PartnerRequestDirection getDirection() {
		return direction;
	}

	public PartnerRequestKind getKind() {
		return kind;
	}

	/** The English title, or {@code null} when the member wrote only in Chinese. */
	public String getTitleEn() {
		return titleEn;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	/** The Chinese title, or {@code null} when the member wrote only in English. */
	public String getTitleZh() {
		return titleZh;
	}

	public String getDescriptionZh() {
		return descriptionZh;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public PartnerRequestStatus getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public Set<Country> getTargetCountries() {
		return targetCountries;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public Set<TechnologyField> getTechnologyFields() {
		return technologyFields;
	}

}
