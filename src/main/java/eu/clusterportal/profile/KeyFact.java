package eu.clusterportal.profile;

import java.time.Year;

import eu.clusterportal.editorial.Provenance;

/**
 * A key fact as people read it.
 *
 * @param label the message key of its label
 * @param value the formatted value, e.g. "1.357 billion"
 * @param year the year the figure refers to, if known
 * @param source where the fact comes from; {@code null} when not recorded
 */
public record KeyFact(String label, String value, Year year, Provenance source) {
}
