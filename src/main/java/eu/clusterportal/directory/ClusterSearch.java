package eu.clusterportal.directory;

import java.util.List;

import eu.clusterportal.cluster.Cluster;
import org.springframework.data.domain.Page;

/**
 * One page of the cluster directory.
 *
 * @param options the choices of the filter form
 * @param filter the filter applied: the one asked for, less its unknown values
 * @param unknown the parameters asked for with a value that is not among the options
 * @param results the page of clusters, with their country, region, sectors and fields
 */
public record ClusterSearch(ClusterFilterOptions options, ClusterFilter filter, List<ClusterFilter.Param> unknown,
		Page<Cluster> results) {
}
