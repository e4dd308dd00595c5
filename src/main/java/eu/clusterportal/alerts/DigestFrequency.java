package eu.clusterportal.alerts;

/** How often a member gets a digest of what is new in what they follow. */
public enum DigestFrequency {

	DAILY, WEEKLY, NONE;

	/** What a member who never chose gets. */
	public static final DigestFrequency DEFAULT = WEEKLY;

}
