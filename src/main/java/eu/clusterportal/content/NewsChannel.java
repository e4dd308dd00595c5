package eu.clusterportal.content;

/** Where a news item appears: the country's news or the ESCP-4i news about it. */
public enum NewsChannel {

	COUNTRY, ESCP4I

}
