package eu.clusterportal.country.admin;

import java.math.BigDecimal;
import java.time.Year;

import eu.clusterportal.country.Statistic;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One key figure in the country form: the amount in its fixed unit, its year and its
 * source.
 */
public class StatisticForm {

	@DecimalMin(value = "0", message = "{admin.statistic.amount.negative}")
	@Digits(integer = 20, fraction = 0, message = "{admin.statistic.amount.whole}")
	private BigDecimal amount;

	@Min(value = 1900, message = "{admin.statistic.year.range}")
	@Max(value = 2100, message = "{admin.statistic.year.range}")
	private Integer year;

	@Size(max = 300, message = "{admin.statistic.source.size}")
	private String source;

	static StatisticForm of(Statistic statistic) {
		StatisticForm form = new StatisticForm();
		if (statistic != null) {
			form.amount = statistic.amount();
			form.year = (statistic.referenceYear() != null) ? statistic.referenceYear().getValue() : null;
			form.source = statistic.source();
		}
		return form;
	}

	/** A year or a source without the figure it qualifies means nothing. */
	@AssertTrue(message = "{admin.statistic.amount.missing}")
	public boolean isAmountGivenWhenQualified() {
		return amount != null || (year == null && source == null);
	}

	Statistic toStatistic() {
		if (amount == null) {
			return null;
		}
		return new Statistic(amount, (year != null) ? Year.of(year) : null, source);
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

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
