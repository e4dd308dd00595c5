package eu.clusterportal.organisation.admin;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.TaxonomyTerm;

/**
 * What the history of an organisation shows of one saved version, read while its revision
 * can still be loaded.
 *
 * @param location city (if any), region (if any) and country
 */
record OrganisationSnapshot(String name, String slug, OrganisationType type, List<String> location,
		List<String> sectors, List<String> clusters) {

	static OrganisationSnapshot of(Organisation organisation) {
		String region = (organisation.getRegion() != null) ? organisation.getRegion().getName() : null;
		return new OrganisationSnapshot(organisation.getName(), organisation.getSlug(), organisation.getType(),
				Stream.of(organisation.getCity(), region, organisation.getCountry().getName())
					.filter(Objects::nonNull)
					.toList(),
				codes(organisation.getSectors()),
				organisation.getClusters().stream().map(Cluster::getName).sorted().toList());
	}

	// A saved version's terms come in no particular order.
	private static List<String> codes(Collection<? extends TaxonomyTerm> terms) {
		return terms.stream().map(TaxonomyTerm::getCode).sorted().toList();
	}

}
