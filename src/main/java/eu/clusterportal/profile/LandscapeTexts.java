package eu.clusterportal.profile;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.system.MarkdownRenderer;

/**
 * The descriptions of a country's cluster landscape, ready for the page: a region's in
 * full as safe HTML, a cluster's (shown on a small card) as plain text without its
 * Markdown.
 */
public record LandscapeTexts(Map<Long, String> regionHtml, Map<Long, String> clusterText) {

	static LandscapeTexts of(ClusterLandscape landscape, MarkdownRenderer markdown) {
		return new LandscapeTexts(
				landscape.groups()
					.stream()
					.map(ClusterLandscape.Group::region)
					.filter(Objects::nonNull)
					.collect(Collectors.toMap(Region::getId, (r) -> markdown.toHtml(r.getDescription()))),
				landscape.groups()
					.stream()
					.flatMap((g) -> g.clusters().stream())
					.distinct()
					.collect(Collectors.toMap(Cluster::getId, (c) -> markdown.toPlainText(c.getDescription()))));
	}

	static LandscapeTexts none() {
		return new LandscapeTexts(Map.of(), Map.of());
	}

	/**
	 * The region's description as safe HTML; empty if it has none or there is no region.
	 */
	public String regionDescription(Region region) {
		return (region != null) ? regionHtml.getOrDefault(region.getId(), "") : "";
	}

	/** The cluster's description as plain text; empty if it has none. */
	public String clusterDescription(Cluster cluster) {
		return clusterText.getOrDefault(cluster.getId(), "");
	}

}
