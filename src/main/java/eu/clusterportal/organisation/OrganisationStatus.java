package eu.clusterportal.organisation;

/**
 * Whether an organisation is on the public pages. The demo's and editors' organisations
 * are published at once; one a member makes waits for an editor.
 */
public enum OrganisationStatus {

	/** Made by a member, waiting for an editor to validate or refuse it. */
	PENDING,

	/** On the public pages. */
	PUBLISHED,

	/** Refused by an editor, with a reason the member reads. */
	REFUSED,

	/** Taken off the public pages by an editor, with a reason. */
	UNPUBLISHED

}
