package eu.clusterportal.organisation.membership;

import java.time.Instant;

import eu.clusterportal.account.Account;
import eu.clusterportal.cache.NotOnPublicPages;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A member who represents an organisation, or asked to: made its profile or claimed it.
 * An editor validates or refuses each request; only a validated member edits the profile.
 * A decision, not content: no public page shows it.
 */
@Entity
@Table(name = "organisation_member")
@IdClass(OrganisationMemberId.class)
@NotOnPublicPages
public class OrganisationMember {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	private Organisation organisation;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	private Account account;

	@Enumerated(EnumType.STRING)
	private MembershipKind kind;

	@Enumerated(EnumType.STRING)
	private MembershipStatus status = MembershipStatus.PENDING;

	/** What the member wrote to support a claim, or {@code null}. */
	private String requestNote;

	private String refusalReason;

	private Instant requestedAt;

	private Instant decidedAt;

	/** The e-mail address of the editor who decided. */
	private String decidedBy;

	protected OrganisationMember() {
	}

	OrganisationMember(Organisation organisation, Account account, MembershipKind kind, String requestNote,
			Instant requestedAt) {
		this.organisation = organisation;
		this.account = account;
		this.kind = kind;
		this.requestNote = requestNote;
		this.requestedAt = requestedAt;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public Account getAccount() {
		return account;
	}

	public MembershipKind getKind() {
		return kind;
	}

	public MembershipStatus getStatus() {
		return status;
	}

	public String getRequestNote() {
		return requestNote;
	}

	/** Why an editor refused the request, or {@code null}. */
	public String getRefusalReason() {
		return refusalReason;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public boolean isValidated() {
		return status == MembershipStatus.VALIDATED;
	}

	/**
	 * Validates the request; a new profile is published with its Chinese description.
	 * @throws AlreadyDecidedException if another editor decided first
	 */
	public void validate(String editor, Instant at) {
		decide(MembershipStatus.VALIDATED, null, editor, at);
		if (kind == MembershipKind.PROFILE) {
			organisation.changeStatus(OrganisationStatus.PUBLISHED, null);
			OrganisationTexts.publishTranslation(organisation);
		}
	}

	/**
	 * Refuses the request; a new profile stays off the public pages with the reason.
	 * @throws AlreadyDecidedException if another editor decided first
	 */
	public void refuse(String reason, String editor, Instant at) {
		decide(MembershipStatus.REFUSED, reason, editor, at);
		if (kind == MembershipKind.PROFILE) {
			organisation.changeStatus(OrganisationStatus.REFUSED, reason);
		}
	}

	/** Asks again after a refusal, with a new note. */
	void requestAgain(String note, Instant at) {
		status = MembershipStatus.PENDING;
		requestNote = note;
		refusalReason = null;
		requestedAt = at;
		decidedAt = null;
		decidedBy = null;
	}

	private void decide(MembershipStatus decision, String reason, String editor, Instant at) {
		if (status != MembershipStatus.PENDING) {
			throw new AlreadyDecidedException();
		}
		status = decision;
		refusalReason = reason;
		decidedBy = editor;
		decidedAt = at;
	}

}
