package eu.clusterportal.partnership;

import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.Source;

/**
 * How many partnerships have their targets from one source: a map that counts targets
 * says which lists it counts.
 *
 * @param source {@code null} when not recorded
 * @param detail the part of the source, or {@code null}
 */
public record TargetsSource(Source source, String detail, long partnerships) {

	/** Where the targets come from, or {@code null} when not recorded. */
	public Provenance provenance() {
		return Provenance.ofNullable(source, detail);
	}

}
