package eu.clusterportal.organisation.membership.admin;

import eu.clusterportal.organisation.membership.OrganisationMember;

/**
 * A profile or claim in the editors' queue, with the profile's descriptions rendered.
 *
 * @param descriptionHtml {@code null} when there is none, as for the Chinese one
 */
public record PendingRequest(OrganisationMember request, String descriptionHtml, String chineseDescriptionHtml) {

	/** Names the request in the page's ids: its organisation's, then its member's. */
	public String key() {
		return request.getOrganisation().getId() + "-" + request.getAccount().getId();
	}

}
