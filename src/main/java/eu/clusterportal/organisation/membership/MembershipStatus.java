package eu.clusterportal.organisation.membership;

/** Whether an editor has decided on a member's profile or claim yet, and how. */
public enum MembershipStatus {

	/** Waiting for an editor. */
	PENDING,

	/** The member represents the organisation and edits its profile. */
	VALIDATED,

	/** Refused by an editor, with a reason the member reads. */
	REFUSED

}
