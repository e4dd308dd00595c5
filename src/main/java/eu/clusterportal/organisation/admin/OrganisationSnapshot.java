package eu.clusterportal.organisation.admin;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import jakarta.persistence.EntityNotFoundException;

/**
 * What the history of an organisation shows of one saved version, read while its revision
 * can still be loaded. A version refers to region, terms and clusters as they are now, so
 * one deleted since is left out.
 *
 * @param location city (if any), region (if any) and country
 */
record OrganisationSnapshot(String name, String slug, OrganisationType type, List<String> location,
		List<String> sectors, List<String> clusters) {

	static OrganisationSnapshot of(Organisation organisation) {
		return new OrganisationSnapshot(organisation.getName(), organisation.getSlug(), organisation.getType(),
				Stream
					.of(organisation.getCity(), stillThere(organisation.getRegion(), (region) -> region.getName()),
							organisation.getCountry().getName())
					.filter(Objects::nonNull)
					.toList(),
				names(organisation.getSectors(), TaxonomyTerm::getCode),
				names(organisation.getClusters(), Cluster::getName));
	}

	// A saved version's terms and clusters come in no particular order.
	private static <T> List<String> names(Collection<T> items, Function<T, String> name) {
		return items.stream().map((item) -> stillThere(item, name)).filter(Objects::nonNull).sorted().toList();
	}

	/** What an earlier version's reference says, or {@code null} if it is gone. */
	private static <T> String stillThere(T item, Function<T, String> name) {
		try {
			return (item != null) ? name.apply(item) : null;
		}
		catch (EntityNotFoundException ex) {
			return null;
		}
	}

}
