package eu.clusterportal.profile;

/** The text sections of a country profile, in the order the page shows them. */
public enum SectionTopic {

	ECONOMIC_CONTEXT, CLUSTER_COMMUNITY, CLUSTER_POLICIES, COOPERATION_OPPORTUNITIES;

	/** The anchor of the section on the page, e.g. {@code cluster-community}. */
	public String anchor() {
		return name().toLowerCase().replace('_', '-');
	}

}
