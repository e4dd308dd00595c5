package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a cluster page shows.
 *
 * @param descriptionHtml the cluster's description, written in Markdown, as safe HTML;
 * empty if it has none
 * @param partnerships the partnerships the cluster takes part in
 */
public record ClusterProfile(Cluster cluster, String descriptionHtml, List<Partnership> partnerships) {
}
