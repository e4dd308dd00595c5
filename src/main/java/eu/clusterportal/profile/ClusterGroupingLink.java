package eu.clusterportal.profile;

import java.util.Arrays;
import java.util.List;

import eu.clusterportal.cluster.ClusterGrouping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link that shows the cluster landscape in another grouping, keeping the page's other
 * parameters.
 */
public record ClusterGroupingLink(ClusterGrouping grouping, String href, boolean current) {

	public static List<ClusterGroupingLink> all(ClusterGrouping current, UriComponentsBuilder page) {
		return Arrays.stream(ClusterGrouping.values())
			.map((g) -> new ClusterGroupingLink(g,
					page.cloneBuilder()
						.replaceQueryParam("clusters", g.parameter())
						.fragment("cluster-landscape")
						.build()
						.toUriString(),
					g == current))
			.toList();
	}

}
