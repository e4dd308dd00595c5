package eu.clusterportal.organisation.membership.admin;

import eu.clusterportal.organisation.membership.MembershipKind;
import eu.clusterportal.organisation.membership.OrganisationMember;

/**
 * A profile or claim in the editors' queue, with the profile's descriptions rendered.
 *
 * @param descriptionHtml {@code null} when there is none, as for the Chinese one
 */
public record PendingRequest(OrganisationMember request, String descriptionHtml, String chineseDescriptionHtml) {

	/** Names the request in the page's addresses and ids: organisation, then member. */
	public String key() {
		return request.getOrganisation().getId() + "-" + request.getAccount().getId();
	}

	public boolean isProfile() {
		return request.getKind() == MembershipKind.PROFILE;
	}

}
