package eu.clusterportal.taxonomy;

/**
 * A row of the editors' list of terms: the term, its section, and how many clusters and
 * partnerships are classified under the term itself.
 *
 * @param parent the term's section, or {@code null} for a section
 */
public record TermUsage(TaxonomyTerm term, TaxonomyTerm parent, long clusters, long partnerships) {
}
