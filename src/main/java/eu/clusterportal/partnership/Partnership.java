package eu.clusterportal.partnership;

import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.TranslatableRecord;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A European Strategic Cluster Partnership for Going International (ESCP-4i). The SME and
 * partner counts are {@code null} when unknown, which is not the same as zero. Its
 * history keeps which terms, countries and clusters it had, not how those looked then.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Partnership extends TranslatableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String acronym;

	private String name;

	private String description;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "description_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "description_source_detail"))
	private Provenance descriptionSource;

	private Integer smesInvolved;

	@Column(name = "partner_count")
	private Integer partners;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "figures_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "figures_source_detail"))
	private Provenance figuresSource;

	@ManyToMany
	@JoinTable(name = "partnership_technology_field", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "technology_field_id"))
	@OrderBy("code")
	private Set<TechnologyField> technologyFields = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "technology_fields_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "technology_fields_source_detail"))
	private Provenance technologyFieldsSource;

	@ManyToMany
	@JoinTable(name = "partnership_sector", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("code")
	private Set<Sector> sectors = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "sectors_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "sectors_source_detail"))
	private Provenance sectorsSource;

	@ManyToMany
	@JoinTable(name = "partnership_member", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	@OrderBy("name")
	private Set<Cluster> members = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_target_country", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	@OrderBy("name")
	private Set<Country> targetCountries = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "target_countries_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "target_countries_source_detail"))
	private Provenance targetCountriesSource;

	protected Partnership() {
	}

	public Partnership(String acronym, String name, Integer smesInvolved, Integer partners) {
		this.acronym = acronym;
		this.name = name;
		this.smesInvolved = smesInvolved;
		this.partners = partners;
	}

	/** A new partnership as an editor describes it. */
	public Partnership(PartnershipDetails details) {
		edit(details);
	}

	/** Replaces everything an editor can change. */
	public void edit(PartnershipDetails details) {
		this.acronym = details.acronym();
		this.name = details.name();
		this.description = details.description();
		this.descriptionSource = details.descriptionSource();
		this.smesInvolved = details.smesInvolved();
		this.partners = details.partners();
		this.technologyFields.clear();
		this.technologyFields.addAll(details.technologyFields());
		this.sectors.clear();
		this.sectors.addAll(details.sectors());
		this.targetCountries.clear();
		this.targetCountries.addAll(details.targetCountries());
		this.members.clear();
		this.members.addAll(details.members());
		this.figuresSource = details.figuresSource();
		this.technologyFieldsSource = details.technologyFieldsSource();
		this.sectorsSource = details.sectorsSource();
		this.targetCountriesSource = details.targetCountriesSource();
	}

	public Long getId() {
		return id;
	}

	public String getAcronym() {
		return acronym;
	}

	public String getName() {
		return name;
	}

	/** What the partnership does, in Markdown; {@code null} if not written yet. */
	public String getDescription() {
		return description;
	}

	/**
	 * Where the name and description come from, or {@code null} when not recorded.
	 */
	public Provenance getDescriptionSource() {
		return descriptionSource;
	}

	public Integer getSmesInvolved() {
		return smesInvolved;
	}

	public Integer getPartners() {
		return partners;
	}

	public Set<TechnologyField> getTechnologyFields() {
		return technologyFields;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public Set<Country> getTargetCountries() {
		return targetCountries;
	}

	/** The clusters taking part in the partnership. */
	public Set<Cluster> getMembers() {
		return members;
	}

	/** Where the SME and partner counts come from, or {@code null} when not recorded. */
	public Provenance getFiguresSource() {
		return figuresSource;
	}

	/** Where the technology fields come from, or {@code null} when not recorded. */
	public Provenance getTechnologyFieldsSource() {
		return technologyFieldsSource;
	}

	/** Where the sector codes come from, or {@code null} when not recorded. */
	public Provenance getSectorsSource() {
		return sectorsSource;
	}

	/** Where the target countries come from, or {@code null} when not recorded. */
	public Provenance getTargetCountriesSource() {
		return targetCountriesSource;
	}

	public void addTechnologyField(TechnologyField field) {
		technologyFields.add(field);
	}

	public void addSector(Sector sector) {
		sectors.add(sector);
	}

	public void addTargetCountry(Country country) {
		targetCountries.add(country);
	}

	public void addMember(Cluster cluster) {
		members.add(cluster);
	}

}
