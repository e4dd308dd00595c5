package eu.clusterportal.partnership;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.EditorialRecord;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.Column;
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
 * partner counts are {@code null} when unknown, which is not the same as zero. Its history
 * keeps which terms, countries and clusters it had, not how those looked then.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Partnership extends EditorialRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String acronym;

	private String name;

	private String description;

	private Integer smesInvolved;

	@Column(name = "partner_count")
	private Integer partners;

	@ManyToMany
	@JoinTable(name = "partnership_technology_field", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "technology_field_id"))
	@OrderBy("code")
	private Set<TechnologyField> technologyFields = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "partnership_sector", joinColumns = @JoinColumn(name = "partnership_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("code")
	private Set<Sector> sectors = new LinkedHashSet<>();

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

	protected Partnership() {
	}

	public Partnership(String acronym, String name, Integer smesInvolved, Integer partners) {
		this.acronym = acronym;
		this.name = name;
		this.smesInvolved = smesInvolved;
		this.partners = partners;
	}

	/**
	 * Replaces everything an editor can change.
	 * @param description Markdown
	 */
	public void edit(String acronym, String name, String description, Integer smesInvolved, Integer partners,
			Collection<TechnologyField> technologyFields, Collection<Sector> sectors,
			Collection<Country> targetCountries, Collection<Cluster> members) {
		this.acronym = acronym;
		this.name = name;
		this.description = description;
		this.smesInvolved = smesInvolved;
		this.partners = partners;
		this.technologyFields.clear();
		this.technologyFields.addAll(technologyFields);
		this.sectors.clear();
		this.sectors.addAll(sectors);
		this.targetCountries.clear();
		this.targetCountries.addAll(targetCountries);
		this.members.clear();
		this.members.addAll(members);
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
