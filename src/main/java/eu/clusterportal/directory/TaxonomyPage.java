package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import org.springframework.data.domain.Page;

/**
 * Everything a sector's or technology field's page shows. For a section, the clusters,
 * partnerships and countries include those of its divisions.
 *
 * @param kind the kind of term, naming its messages: {@code sector} or
 * {@code technology-field}
 * @param termName the term's name in the page's language
 * @param section the section the term belongs to, or {@code null} for a section
 * @param divisions a section's divisions, empty for a division
 * @param clusters the first page of the clusters, with how many there are in all
 * @param partnerships the first page of the partnerships, with how many there are in all
 * @param countries the countries of the clusters and those the partnerships target
 * @param clustersHref the cluster directory filtered by the term, which lists them all
 * @param partnershipsHref the partnership directory filtered by the term
 */
record TaxonomyPage(String kind, TaxonomyTerm term, LocalizedText termName, TermLink section, List<TermLink> divisions,
		Page<Cluster> clusters, Page<Partnership> partnerships, List<Country> countries, String clustersHref,
		String partnershipsHref) {

	/** A link to another term's page; the page shows the term's name in its language. */
	record TermLink(String code, TaxonomyTerm term, String href) {
	}

}
