package eu.clusterportal.cluster;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.EditorialRecord;
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
public class Region extends EditorialRecord {

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

	public void edit(Country country, String slug, String name, String description, int position) {
		this.country = country;
		this.slug = slug;
		this.name = name;
		this.description = description;
		this.position = position;
	}

}
