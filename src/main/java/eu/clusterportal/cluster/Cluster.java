package eu.clusterportal.cluster;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.TranslatableRecord;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A cluster or cluster-like zone (science park, high-tech zone) in a country. Its history
 * keeps its region as it was then; country, sectors and technology fields keep no history
 * of their own, so an earlier version refers to them as they are now.
 */
@Entity
@Audited
public class Cluster extends TranslatableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Country country;

	/** {@code null} when the cluster lies outside the country's named regions. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Region region;

	private String city;

	/** Degrees north (WGS 84), set together with {@link #longitude}, or {@code null}. */
	private BigDecimal latitude;

	/** Degrees east (WGS 84), or {@code null}. */
	private BigDecimal longitude;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "location_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "location_source_detail"))
	private Provenance locationSource;

	/** Markdown, or {@code null}. */
	private String description;

	private String website;

	@ManyToMany
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinTable(name = "cluster_sector", joinColumns = @JoinColumn(name = "cluster_id"),
			inverseJoinColumns = @JoinColumn(name = "sector_id"))
	@OrderBy("code")
	private Set<Sector> sectors = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "sectors_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "sectors_source_detail"))
	private Provenance sectorsSource;

	@ManyToMany
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinTable(name = "cluster_technology_field", joinColumns = @JoinColumn(name = "cluster_id"),
			inverseJoinColumns = @JoinColumn(name = "technology_field_id"))
	@OrderBy("code")
	private Set<TechnologyField> technologyFields = new LinkedHashSet<>();

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "technology_fields_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "technology_fields_source_detail"))
	private Provenance technologyFieldsSource;

	protected Cluster() {
	}

	public Cluster(String slug, String name, Country country, Region region, String city) {
		this.slug = slug;
		this.name = name;
		this.country = country;
		this.region = region;
		this.city = city;
	}

	/** A new cluster as an editor describes it. */
	public Cluster(ClusterDetails details) {
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

	public Country getCountry() {
		return country;
	}

	/**
	 * The cluster's region, or {@code null} when it lies outside the country's named
	 * regions.
	 */
	public Region getRegion() {
		return region;
	}

	public String getCity() {
		return city;
	}

	/** Degrees north, or {@code null} when the cluster has no place on the map. */
	public BigDecimal getLatitude() {
		return latitude;
	}

	/** Degrees east, or {@code null} when the cluster has no place on the map. */
	public BigDecimal getLongitude() {
		return longitude;
	}

	/**
	 * Where the region and the place on the map come from, or {@code null} when not
	 * recorded.
	 */
	public Provenance getLocationSource() {
		return locationSource;
	}

	/** The cluster's description in Markdown, or {@code null}. */
	public String getDescription() {
		return description;
	}

	/** The cluster's own website ({@code http} or {@code https}), or {@code null}. */
	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public Set<TechnologyField> getTechnologyFields() {
		return technologyFields;
	}

	/** Where the sector codes come from, or {@code null} when not recorded. */
	public Provenance getSectorsSource() {
		return sectorsSource;
	}

	/** Where the technology fields come from, or {@code null} when not recorded. */
	public Provenance getTechnologyFieldsSource() {
		return technologyFieldsSource;
	}

	public void addSector(Sector sector) {
		sectors.add(sector);
	}

	public void addTechnologyField(TechnologyField field) {
		technologyFields.add(field);
	}

	/** Replaces everything an editor can change. */
	public void edit(ClusterDetails details) {
		this.slug = details.slug();
		this.name = details.name();
		this.country = details.country();
		this.region = details.region();
		this.city = details.city();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.locationSource = details.locationSource();
		this.website = details.website();
		this.description = details.description();
		this.sectors.clear();
		this.sectors.addAll(details.sectors());
		this.technologyFields.clear();
		this.technologyFields.addAll(details.technologyFields());
		this.sectorsSource = details.sectorsSource();
		this.technologyFieldsSource = details.technologyFieldsSource();
	}

	/** What an editor can change, as it is now. */
	public ClusterDetails details() {
		return new ClusterDetails(slug, name, country, region, city, latitude, longitude, locationSource, website,
				description, List.copyOf(sectors), List.copyOf(technologyFields), sectorsSource,
				technologyFieldsSource);
	}

}
