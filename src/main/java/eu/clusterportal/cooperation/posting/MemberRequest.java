package eu.clusterportal.cooperation.posting;

import eu.clusterportal.cooperation.PartnerRequest;

/**
 * A line of a member's list of requests: the request and where it stands.
 */
public record MemberRequest(PartnerRequest request, RequestState state) {

	public boolean isOpen() {
		return state == RequestState.OPEN;
	}

}
