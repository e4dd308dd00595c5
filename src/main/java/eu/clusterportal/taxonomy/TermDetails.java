package eu.clusterportal.taxonomy;

/**
 * Everything an editor sets on a term of a taxonomy, as one value: what a form hands
 * over.
 *
 * @param parent the section a division belongs to; {@code null} for a section
 */
public record TermDetails<T extends TaxonomyTerm>(String code, String name, T parent) {
}
