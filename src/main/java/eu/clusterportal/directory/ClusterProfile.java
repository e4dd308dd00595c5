package eu.clusterportal.directory;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.web.WebAddress;

/**
 * Everything a cluster page shows, its name and description in the page's language.
 *
 * @param descriptionHtml the cluster's description, written in Markdown, as safe HTML;
 * empty if it has none
 * @param partnerships the partnerships the cluster takes part in
 */
public record ClusterProfile(Cluster cluster, LocalizedText name, LocalizedText descriptionHtml,
		List<Partnership> partnerships) {

	/**
	 * The parts of the page with nothing recorded, as the message keys of their names, in
	 * the page's order: the page names them in one sentence instead of showing empty
	 * boxes.
	 */
	public List<String> unrecorded() {
		List<String> parts = new ArrayList<>();
		if (!WebAddress.isValid(cluster.getWebsite())) {
			parts.add("clusters.website");
		}
		if (cluster.getSectors().isEmpty()) {
			parts.add("clusters.sectors");
		}
		if (cluster.getTechnologyFields().isEmpty()) {
			parts.add("clusters.technology-fields");
		}
		if (partnerships.isEmpty()) {
			parts.add("clusters.partnerships.heading");
		}
		return parts;
	}

}
