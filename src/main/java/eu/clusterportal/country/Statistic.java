package eu.clusterportal.country;

import java.math.BigDecimal;
import java.time.Year;

import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Source;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A figure as a typed quantity with the year it refers to and, when recorded, where it
 * comes from. The unit is fixed by the key fact that holds it (people, km², US dollars).
 * The source's two parts are components of their own rather than a nested
 * {@link Provenance}, which Envers cannot read back into a record.
 */
@Embeddable
public record Statistic(BigDecimal amount, Year referenceYear, @Enumerated(EnumType.STRING) Source source,
		String sourceDetail) {

	public Statistic {
		if (amount == null) {
			throw new IllegalArgumentException("A statistic needs an amount");
		}
		if (source == null && sourceDetail != null) {
			throw new IllegalArgumentException("A source detail needs a source");
		}
	}

	/**
	 * @param provenance where the figure comes from, or {@code null} when not recorded
	 */
	public Statistic(BigDecimal amount, Year referenceYear, Provenance provenance) {
		this(amount, referenceYear, (provenance != null) ? provenance.source() : null,
				(provenance != null) ? provenance.detail() : null);
	}

	/** Where the figure comes from, or {@code null} when not recorded. */
	public Provenance provenance() {
		return Provenance.ofNullable(source, sourceDetail);
	}

}
