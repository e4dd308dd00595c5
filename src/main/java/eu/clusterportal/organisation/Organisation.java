package eu.clusterportal.organisation;

import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.EditorialRecord;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A body European clusters may turn to: a ministry, an agency, an association, a chamber,
 * a research organisation and so on. Its name and description are translatable; its type
 * and place say where they come from, as they are often inferred from the name. Its
 * history refers to country, region, terms and clusters as they are now.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Organisation extends EditorialRecord implements Translatable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Its texts in other languages than English (see {@link Translations}). */
	@JdbcTypeCode(SqlTypes.JSON)
	private String translations = TranslationsJson.EMPTY;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "type_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "type_source_detail"))
	private Provenance typeSource;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	/** {@code null} when none is known or it works for the whole country. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Region region;

	private String city;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "place_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "place_source_detail"))
	private Provenance placeSource;

	private String website;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "website_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "website_source_detail"))
	private Provenance websiteSource;

	/** A public web form or address, never a person's, or {@code null}. */
	private String contact;

	/** Markdown, or {@code null}. */
	private String description;

	/** Whether it is one of the bodies that help European clusters in the country. */
	private boolean offersHelp;

	/** A decision, not content: its history of versions does not keep it. */
	@Enumerated(EnumType.STRING)
	@NotAudited
	private OrganisationStatus status = OrganisationStatus.PUBLISHED;

	/** Why an editor refused or unpublished it, or {@code null}. */
	@NotAudited
	private String statusReason;

	@ManyToMany
	@JoinTable(name = "organisation_sector", joinColumns = @JoinColumn(name = "organisation_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("code")
	private Set<Sector> sectors = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "sectors_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "sectors_source_detail"))
	private Provenance sectorsSource;

	@ManyToMany
	@JoinTable(name = "organisation_technology_field", joinColumns = @JoinColumn(name = "organisation_id"),
			inverseJoinColumns = @JoinColumn(name = "technology_field_id"))
	@OrderBy("code")
	private Set<TechnologyField> technologyFields = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "organisation_cluster", joinColumns = @JoinColumn(name = "organisation_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	@OrderBy("name")
	private Set<Cluster> clusters = new LinkedHashSet<>();

	protected Organisation() {
	}

	public Organisation(String slug, String name, OrganisationType type, Country country) {
		this.slug = slug;
		this.name = name;
		this.type = type;
		this.country = country;
	}

	/** A new organisation as an editor describes it. */
	public Organisation(OrganisationDetails details) {
		edit(details);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public OrganisationType getType() {
		return type;
	}

	/** Where the type comes from, or {@code null} if not recorded. */
	public Provenance getTypeSource() {
		return typeSource;
	}

	public Country getCountry() {
		return country;
	}

	/** The organisation's region, or {@code null}. */
	public Region getRegion() {
		return region;
	}

	/** The organisation's city, or {@code null}. */
	public String getCity() {
		return city;
	}

	/** Where region and city come from, or {@code null} if not recorded. */
	public Provenance getPlaceSource() {
		return placeSource;
	}

	/** The organisation's website, or {@code null}. */
	public String getWebsite() {
		return website;
	}

	/** Where the website comes from, or {@code null} if not recorded. */
	public Provenance getWebsiteSource() {
		return websiteSource;
	}

	/** A public web form or e-mail address, or {@code null}. */
	public String getContact() {
		return contact;
	}

	/** Whether the contact is an e-mail address rather than a web form. */
	public boolean isContactAnAddress() {
		return contact != null && !contact.startsWith("http");
	}

	/** The description in Markdown, or {@code null}. */
	public String getDescription() {
		return description;
	}

	public boolean isOffersHelp() {
		return offersHelp;
	}

	public OrganisationStatus getStatus() {
		return status;
	}

	/** Why an editor refused or unpublished it, or {@code null}. */
	public String getStatusReason() {
		return statusReason;
	}

	/**
	 * Changes whether it is public.
	 * @param reason why, when an editor refuses or unpublishes it; {@code null} otherwise
	 */
	public void changeStatus(OrganisationStatus status, String reason) {
		this.status = status;
		this.statusReason = reason;
	}

	/**
	 * Changes what the profile says; its slug, sources, help and clusters stay as they
	 * are.
	 * @param region {@code null}, or one of the country's regions
	 */
	public void changeProfile(String name, OrganisationType type, Country country, Region region, String city,
			String website, String contact, String description) {
		this.name = name;
		this.type = type;
		this.country = country;
		this.region = region;
		this.city = city;
		this.website = website;
		this.contact = contact;
		this.description = description;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	/** Where the sectors come from, or {@code null} if not recorded. */
	public Provenance getSectorsSource() {
		return sectorsSource;
	}

	public Set<TechnologyField> getTechnologyFields() {
		return technologyFields;
	}

	/** The clusters the organisation runs. */
	public Set<Cluster> getClusters() {
		return clusters;
	}

	@Override
	public Translations getTranslations() {
		return TranslationsJson.read(translations);
	}

	@Override
	public void translate(Language language, Translation translation) {
		this.translations = TranslationsJson.write(getTranslations().with(language, translation));
	}

	/** Replaces everything an editor can change. */
	public void edit(OrganisationDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.type = details.type();
		this.typeSource = details.typeSource();
		this.country = details.country();
		this.region = details.region();
		this.city = details.city();
		this.placeSource = details.placeSource();
		this.website = details.website();
		this.websiteSource = details.websiteSource();
		this.contact = details.contact();
		this.description = details.description();
		this.offersHelp = details.offersHelp();
		this.sectors.clear();
		this.sectors.addAll(details.sectors());
		this.sectorsSource = details.sectorsSource();
		this.technologyFields.clear();
		this.technologyFields.addAll(details.technologyFields());
		this.clusters.clear();
		this.clusters.addAll(details.clusters());
	}

}
