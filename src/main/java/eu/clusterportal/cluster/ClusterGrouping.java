package eu.clusterportal.cluster;

import java.util.Arrays;

/** How the cluster landscape of a country page is grouped; chosen by the URL. */
public enum ClusterGrouping {

	REGION, SECTOR;

	public String parameter() {
		return name().toLowerCase();
	}

	/** The grouping a URL asks for; anything unknown gets the default, by region. */
	public static ClusterGrouping fromParameter(String value) {
		return Arrays.stream(values()).filter((g) -> g.parameter().equals(value)).findFirst().orElse(REGION);
	}

}
