package eu.clusterportal.organisation.membership;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link OrganisationMember}: the organisation's id and the account's. */
public class OrganisationMemberId implements Serializable {

	private Long organisation;

	private Long account;

	protected OrganisationMemberId() {
	}

	public OrganisationMemberId(Long organisation, Long account) {
		this.organisation = organisation;
		this.account = account;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OrganisationMemberId that && Objects.equals(organisation, that.organisation)
				&& Objects.equals(account, that.account);
	}

	@Override
	public int hashCode() {
		return Objects.hash(organisation, account);
	}

}
