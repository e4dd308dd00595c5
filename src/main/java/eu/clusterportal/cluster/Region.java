package eu.clusterportal.cluster;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.TranslatableRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A region of a country where clusters concentrate, e.g. the Pearl River Delta. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Region extends TranslatableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String slug;

	private String name;

	/** Markdown, or {@code null}. */
	private String description;

	private int position;

	protected Region() {
	}

	public Region(Country country, String slug, String name) {
		this.country = country;
		this.slug = slug;
		this.name = name;
	}

	/** A new region as an editor describes it. */
	public Region(RegionDetails details) {
		edit(details);
	}

	public Long getId() {
		return id;
	}

	public Country getCountry() {
		return country;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	/** The region's description in Markdown, or {@code null}. */
	public String getDescription() {
		return description;
	}

	/** Where the region comes on its country's page, from 0. */
	public int getPosition() {
		return position;
	}

	/** Replaces everything an editor can change. */
	public void edit(RegionDetails details) {
		this.country = details.country();
		this.slug = details.slug();
		this.name = details.name();
		this.description = details.description();
		this.position = details.position();
	}

	/** What an editor can change, as it is now. */
	public RegionDetails details() {
		return new RegionDetails(country, slug, name, description, position);
	}

}
