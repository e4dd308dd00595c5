package eu.clusterportal.cooperation.admin;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.posting.RequestState;

/**
 * A partner request as editors read it, with who posted it ({@code null} once they
 * deleted their account) and where it stands.
 */
public record RequestForEditors(PartnerRequest request, String posterName, String posterEmail, RequestState state) {

	public boolean isUnpublished() {
		return state == RequestState.UNPUBLISHED;
	}

}
