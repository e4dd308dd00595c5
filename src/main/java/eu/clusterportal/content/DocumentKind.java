package eu.clusterportal.content;

public enum DocumentKind {

	BRIEFING, DISCUSSION_PAPER, STUDY, POLICY_DOCUMENT

}
