package eu.clusterportal.organisation.membership;

import java.time.Instant;

import eu.clusterportal.organisation.OrganisationStatus;

/**
 * An organisation a member changed since an editor last looked.
 *
 * @param memberEmail {@code null} when the member has deleted their account since
 */
public record MemberChange(long organisationId, String name, String slug, OrganisationStatus status, String memberEmail,
		Instant changedAt) {

	public boolean isPublished() {
		return status == OrganisationStatus.PUBLISHED;
	}

}
