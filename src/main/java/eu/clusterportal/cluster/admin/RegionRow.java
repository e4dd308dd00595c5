package eu.clusterportal.cluster.admin;

import eu.clusterportal.cluster.Region;

/** A line of the editors' region list: the region and how many clusters it has. */
record RegionRow(Region region, long clusters) {
}
