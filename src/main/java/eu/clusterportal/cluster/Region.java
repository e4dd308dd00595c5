package eu.clusterportal.cluster;

import eu.clusterportal.country.Country;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A region of a country where clusters concentrate, e.g. the Pearl River Delta. */
@Entity
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private String slug;

	private String name;

	private String description;

	private int position;

	protected Region() {
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

	public String getDescription() {
		return description;
	}

}
