package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.partnership.Partnership;

/** Everything a cluster page shows: the cluster and the partnerships it takes part in. */
public record ClusterProfile(Cluster cluster, List<Partnership> partnerships) {
}
