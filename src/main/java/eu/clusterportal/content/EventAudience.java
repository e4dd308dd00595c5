package eu.clusterportal.content;

/** Whom an event is for. */
public enum EventAudience {

	EVERYONE, CLUSTER_ORGANISATIONS, SMES, POLICY_MAKERS, RESEARCHERS

}
