package eu.clusterportal.matching;

import java.util.List;

import eu.clusterportal.editorial.LocalizedText;

/**
 * An organisation or cluster scored against a request, with what makes up its score.
 *
 * @param type an organisation type's name, or {@link PartnerFit#CLUSTER}
 * @param bonus whether it is a cluster in an ESCP-4i partnership or an organisation that
 * offers help
 */
public record Candidate(long id, String slug, LocalizedText name, String type, String countryName,
		List<SharedTerm> sectors, List<SharedTerm> fields, boolean kindFits, boolean bonus, int score) {

	public boolean isCluster() {
		return PartnerFit.CLUSTER.equals(type);
	}

	/** The path of its public page. */
	public String path() {
		return (isCluster() ? "/clusters/" : "/organisations/") + slug;
	}

}
