package eu.clusterportal.directory;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything an organisation's page shows: the organisation with its terms and clusters,
 * its name and its description rendered from Markdown ({@code null} if it has none) in
 * the page's language.
 *
 * @param partnerships the partnerships of the clusters it runs: the portal links an
 * organisation to partnerships only through its clusters, which are their members
 */
record OrganisationProfile(Organisation organisation, LocalizedText name, LocalizedText descriptionHtml,
		List<Partnership> partnerships) {

	/**
	 * The parts of the page with nothing recorded, as the message keys of their names:
	 * the page names them in one sentence instead of showing empty boxes.
	 */
	public List<String> unrecorded() {
		List<String> parts = new ArrayList<>();
		if (organisation.getWebsite() == null) {
			parts.add("organisation.website");
		}
		if (organisation.getContact() == null) {
			parts.add("organisation.contact");
		}
		if (organisation.getSectors().isEmpty()) {
			parts.add("organisation.sectors");
		}
		if (organisation.getTechnologyFields().isEmpty()) {
			parts.add("organisation.technology-fields");
		}
		if (organisation.getClusters().isEmpty()) {
			parts.add("organisation.clusters");
		}
		return parts;
	}

}
