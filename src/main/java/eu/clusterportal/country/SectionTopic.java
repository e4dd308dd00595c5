package eu.clusterportal.country;

import java.util.Arrays;
import java.util.Optional;

/** The text sections of a country profile, in the order the page shows them. */
public enum SectionTopic {

	ECONOMIC_CONTEXT, CLUSTER_COMMUNITY, CLUSTER_POLICIES, COOPERATION_OPPORTUNITIES;

	/** The anchor of the section on the page, e.g. {@code cluster-community}. */
	public String anchor() {
		return name().toLowerCase().replace('_', '-');
	}

	/**
	 * The topic whose anchor is given, as in
	 * {@code /admin/countries/china/sections/economic-context}.
	 */
	public static Optional<SectionTopic> fromAnchor(String anchor) {
		return Arrays.stream(values()).filter((t) -> t.anchor().equals(anchor)).findFirst();
	}

}
