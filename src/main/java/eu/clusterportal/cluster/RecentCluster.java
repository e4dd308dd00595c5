package eu.clusterportal.cluster;

/**
 * A cluster among the last added, with the number of clusters in all.
 *
 * @param city {@code null} when not known
 */
public record RecentCluster(String slug, String name, String city, String countryName, long clustersInAll) {
}
