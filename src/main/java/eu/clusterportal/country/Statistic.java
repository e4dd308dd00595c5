package eu.clusterportal.country;

import java.math.BigDecimal;
import java.time.Year;

import eu.clusterportal.editorial.Provenance;
import jakarta.persistence.Embeddable;

/**
 * A figure as a typed quantity with the year it refers to and, when known, where it comes
 * from. The unit is fixed by the key fact that holds it (people, km², US dollars).
 */
@Embeddable
public record Statistic(BigDecimal amount, Year referenceYear, Provenance source) {

	public Statistic {
		if (amount == null) {
			throw new IllegalArgumentException("A statistic needs an amount");
		}
	}

}
