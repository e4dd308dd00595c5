package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;

/**
 * Everything a sector's or technology field's page shows. For a section, the clusters,
 * partnerships and countries include those of its divisions.
 *
 * @param kind the kind of term, naming its messages: {@code sector} or
 * {@code technology-field}
 * @param section the section the term belongs to, or {@code null} for a section
 * @param divisions a section's divisions, empty for a division
 * @param countries the countries of the clusters and those the partnerships target
 */
record TaxonomyPage(String kind, TaxonomyTerm term, TermLink section, List<TermLink> divisions, List<Cluster> clusters,
		List<Partnership> partnerships, List<Country> countries) {

	/** A link to another term's page. */
	record TermLink(String code, String name, String href) {
	}

}
