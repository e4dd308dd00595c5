package eu.clusterportal.country;

import java.time.LocalDate;
import java.util.Currency;

import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.TranslatableRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/**
 * A partner country. It has a written profile once it has an introduction; until then its
 * page only lists the partnerships that target it. Every saved version of its name,
 * introduction and key facts is kept.
 */
@Entity
@Audited
public class Country extends TranslatableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	/**
	 * ISO 3166-1 alpha-2, naming the country's outline on the maps; {@code null} if not
	 * set.
	 */
	private String isoCode;

	private String introduction;

	private String capital;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "capital_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "capital_source_detail"))
	private Provenance capitalSource;

	@Column(name = "currency_code")
	private Currency currency;

	@Embedded
	@AttributeOverride(name = "source", column = @Column(name = "currency_source"))
	@AttributeOverride(name = "detail", column = @Column(name = "currency_source_detail"))
	private Provenance currencySource;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "population"))
	@AttributeOverride(name = "referenceYear", column = @Column(name = "population_year"))
	@AttributeOverride(name = "source", column = @Column(name = "population_source"))
	@AttributeOverride(name = "sourceDetail", column = @Column(name = "population_source_detail"))
	private Statistic population;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "area_km2"))
	@AttributeOverride(name = "referenceYear", column = @Column(name = "area_year"))
	@AttributeOverride(name = "source", column = @Column(name = "area_source"))
	@AttributeOverride(name = "sourceDetail", column = @Column(name = "area_source_detail"))
	private Statistic areaKm2;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "gdp_usd"))
	@AttributeOverride(name = "referenceYear", column = @Column(name = "gdp_year"))
	@AttributeOverride(name = "source", column = @Column(name = "gdp_source"))
	@AttributeOverride(name = "sourceDetail", column = @Column(name = "gdp_source_detail"))
	private Statistic gdpUsd;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "gdp_per_capita_usd"))
	@AttributeOverride(name = "referenceYear", column = @Column(name = "gdp_per_capita_year"))
	@AttributeOverride(name = "source", column = @Column(name = "gdp_per_capita_source"))
	@AttributeOverride(name = "sourceDetail", column = @Column(name = "gdp_per_capita_source_detail"))
	private Statistic gdpPerCapitaUsd;

	private LocalDate reviewedOn;

	protected Country() {
	}

	public Country(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	/**
	 * Replaces the name, ISO code, introduction and key facts; the slug and sections
	 * stay.
	 */
	public void edit(CountryDetails details) {
		this.name = details.name();
		this.isoCode = details.isoCode();
		this.introduction = details.introduction();
		this.capital = details.capital();
		this.capitalSource = details.capitalSource();
		this.currency = details.currency();
		this.currencySource = details.currencySource();
		this.population = details.population();
		this.areaKm2 = details.areaKm2();
		this.gdpUsd = details.gdpUsd();
		this.gdpPerCapitaUsd = details.gdpPerCapitaUsd();
		this.reviewedOn = details.reviewedOn();
	}

	/** The name, introduction and key facts as they are now. */
	public CountryDetails details() {
		return new CountryDetails(name, isoCode, introduction, capital, capitalSource, currency, currencySource,
				population, areaKm2, gdpUsd, gdpPerCapitaUsd, reviewedOn);
	}

	/**
	 * When an editor last checked the profile against its sources, or {@code null} if
	 * never.
	 */
	public LocalDate getReviewedOn() {
		return reviewedOn;
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

	/** ISO 3166-1 alpha-2, or {@code null}: the country is then on no map. */
	public String getIsoCode() {
		return isoCode;
	}

	public String getIntroduction() {
		return introduction;
	}

	public boolean hasProfile() {
		return introduction != null;
	}

	public String getCapital() {
		return capital;
	}

	/** Where the capital comes from, or {@code null} when not recorded. */
	public Provenance getCapitalSource() {
		return capitalSource;
	}

	public Currency getCurrency() {
		return currency;
	}

	/** Where the currency comes from, or {@code null} when not recorded. */
	public Provenance getCurrencySource() {
		return currencySource;
	}

	public Statistic getPopulation() {
		return population;
	}

	public Statistic getAreaKm2() {
		return areaKm2;
	}

	public Statistic getGdpUsd() {
		return gdpUsd;
	}

	public Statistic getGdpPerCapitaUsd() {
		return gdpPerCapitaUsd;
	}

}
