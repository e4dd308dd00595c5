package eu.clusterportal.organisation.membership;

/** How a member came to an organisation. */
public enum MembershipKind {

	/** The member made its profile, which waits for an editor as the membership does. */
	PROFILE,

	/** The member asked to represent an organisation already published. */
	CLAIM

}
