package eu.clusterportal.cooperation;

/**
 * Whether a request is on the public pages or an editor took it off, with a reason its
 * poster reads.
 */
public enum PartnerRequestStatus {

	PUBLISHED, UNPUBLISHED

}
