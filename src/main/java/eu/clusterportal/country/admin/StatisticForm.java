package eu.clusterportal.country.admin;

import java.math.BigDecimal;
import java.time.Year;

import eu.clusterportal.admin.ProvenanceForm;
import eu.clusterportal.country.Statistic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.Errors;

/**
 * One key figure in the country form: the amount in its fixed unit, its year and where it
 * comes from.
 */
public class StatisticForm {

	@DecimalMin(value = "0", message = "{admin.statistic.amount.negative}")
	@Digits(integer = 20, fraction = 0, message = "{admin.statistic.amount.whole}")
	private BigDecimal amount;

	@Min(value = 1900, message = "{admin.statistic.year.range}")
	@Max(value = 2100, message = "{admin.statistic.year.range}")
	private Integer year;

	@Valid
	private ProvenanceForm provenance = new ProvenanceForm();

	static StatisticForm of(Statistic statistic) {
		StatisticForm form = new StatisticForm();
		if (statistic != null) {
			form.amount = statistic.amount();
			form.year = (statistic.referenceYear() != null) ? statistic.referenceYear().getValue() : null;
			form.provenance = ProvenanceForm.of(statistic.provenance());
		}
		return form;
	}

	/** A year or a source without the figure it qualifies means nothing. */
	@AssertTrue(message = "{admin.statistic.amount.missing}")
	public boolean isAmountGivenWhenQualified() {
		return amount != null || (year == null && provenance.isEmpty());
	}

	/**
	 * Reports a figure without a source, and a source that does not fit, at {@code path}.
	 */
	void checkProvenance(String path, Errors errors) {
		provenance.check(path + ".provenance", amount != null, errors);
	}

	Statistic toStatistic() {
		if (amount == null) {
			return null;
		}
		return new Statistic(amount, (year != null) ? Year.of(year) : null, provenance.toProvenance(true));
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public ProvenanceForm getProvenance() {
		return provenance;
	}

	public void setProvenance(ProvenanceForm provenance) {
		this.provenance = provenance;
	}

}
