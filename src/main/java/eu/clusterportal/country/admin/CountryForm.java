package eu.clusterportal.country.admin;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.admin.TranslatedFields;
import eu.clusterportal.admin.TranslatedForm;
import eu.clusterportal.admin.TranslationForm;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A country's introduction and key facts, as the country form sends them. */
public class CountryForm implements TranslatedForm {

	private Long version;

	@NotBlank(message = "{admin.country.name.required}")
	@Size(max = 120, message = "{admin.country.name.size}")
	private String name;

	/** ISO 3166-1 alpha-2, in either case; blank: on no map. */
	@Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{admin.country.iso-code.invalid}")
	private String isoCode;

	@Size(max = 2000, message = "{admin.country.introduction.size}")
	private String introduction;

	@Size(max = 120, message = "{admin.country.capital.size}")
	private String capital;

	@Valid
	private ProvenanceForm capitalSource = new ProvenanceForm();

	@Pattern(regexp = "^$|^[A-Za-z]{3}$", message = "{admin.country.currency.invalid}")
	private String currency;

	@Valid
	private ProvenanceForm currencySource = new ProvenanceForm();

	@Valid
	private StatisticForm population = new StatisticForm();

	@Valid
	private StatisticForm area = new StatisticForm();

	@Valid
	private StatisticForm gdp = new StatisticForm();

	@Valid
	private StatisticForm gdpPerCapita = new StatisticForm();

	private LocalDate reviewedOn;

	private TranslationForm translation = new TranslationForm();

	static CountryForm of(Country country) {
		CountryForm form = new CountryForm();
		form.version = country.getVersion();
		form.name = country.getName();
		form.isoCode = country.getIsoCode();
		form.introduction = country.getIntroduction();
		form.capital = country.getCapital();
		form.capitalSource = ProvenanceForm.of(country.getCapitalSource());
		form.currency = (country.getCurrency() != null) ? country.getCurrency().getCurrencyCode() : null;
		form.currencySource = ProvenanceForm.of(country.getCurrencySource());
		form.population = StatisticForm.of(country.getPopulation());
		form.area = StatisticForm.of(country.getAreaKm2());
		form.gdp = StatisticForm.of(country.getGdpUsd());
		form.gdpPerCapita = StatisticForm.of(country.getGdpPerCapitaUsd());
		form.reviewedOn = country.getReviewedOn();
		form.translation = TranslationForm.of(country);
		return form;
	}

	/**
	 * The name, introduction and key facts as the form describes them, with the currency
	 * it names.
	 */
	CountryDetails toDetails(Currency currency) {
		return new CountryDetails(name, (isoCode != null) ? isoCode.toUpperCase(Locale.ROOT) : null, introduction,
				capital, capitalSource.toProvenance(capital != null), currency,
				currencySource.toProvenance(currency != null), population.toStatistic(), area.toStatistic(),
				gdp.toStatistic(), gdpPerCapita.toStatistic(), reviewedOn);
	}

	/** Reports a key fact without a source, and a source that does not fit. */
	void checkProvenance(Errors errors) {
		capitalSource.check("capitalSource", capital != null, errors);
		currencySource.check("currencySource", currency != null, errors);
		population.checkProvenance("population", errors);
		area.checkProvenance("area", errors);
		gdp.checkProvenance("gdp", errors);
		gdpPerCapita.checkProvenance("gdpPerCapita", errors);
	}

	@Override
	public TranslatedFields<?> translatedFields() {
		return TranslatedFields.COUNTRY;
	}

	@Override
	public TranslationForm getTranslation() {
		return translation;
	}

	public void setTranslation(TranslationForm translation) {
		this.translation = translation;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getIsoCode() {
		return isoCode;
	}

	public void setIsoCode(String isoCode) {
		this.isoCode = isoCode;
	}

	public String getCapital() {
		return capital;
	}

	public void setCapital(String capital) {
		this.capital = capital;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public StatisticForm getPopulation() {
		return population;
	}

	public void setPopulation(StatisticForm population) {
		this.population = population;
	}

	public StatisticForm getArea() {
		return area;
	}

	public void setArea(StatisticForm area) {
		this.area = area;
	}

	public StatisticForm getGdp() {
		return gdp;
	}

	public void setGdp(StatisticForm gdp) {
		this.gdp = gdp;
	}

	public StatisticForm getGdpPerCapita() {
		return gdpPerCapita;
	}

	public void setGdpPerCapita(StatisticForm gdpPerCapita) {
		this.gdpPerCapita = gdpPerCapita;
	}

	public ProvenanceForm getCapitalSource() {
		return capitalSource;
	}

	public void setCapitalSource(ProvenanceForm capitalSource) {
		this.capitalSource = capitalSource;
	}

	public ProvenanceForm getCurrencySource() {
		return currencySource;
	}

	public void setCurrencySource(ProvenanceForm currencySource) {
		this.currencySource = currencySource;
	}

	/** When an editor last checked the profile against its sources; optional. */
	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(LocalDate reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

}
