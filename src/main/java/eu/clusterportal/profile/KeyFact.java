package eu.clusterportal.profile;

import java.time.Year;

/**
 * A key fact as people read it.
 *
 * @param label the message key of its label
 * @param value the formatted value, e.g. "1.357 billion"
 * @param year the year the figure refers to, if known
 * @param source where the figure comes from, if known
 */
public record KeyFact(String label, String value, Year year, String source) {
}
