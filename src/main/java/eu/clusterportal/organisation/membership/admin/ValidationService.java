package eu.clusterportal.organisation.membership.admin;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clusterportal.account.Account;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.MailOutbox;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.membership.AlreadyDecidedException;
import eu.clusterportal.organisation.membership.MembershipKind;
import eu.clusterportal.organisation.membership.OrganisationMember;
import eu.clusterportal.organisation.membership.OrganisationMemberRepository;
import eu.clusterportal.organisation.membership.OrganisationTexts;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.web.PortalBaseUrl;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors decide on the profiles and claims members sent; the member is told by mail, in
 * their language, in the same transaction, and on their list of organisations.
 */
@Service
class ValidationService {

	private final OrganisationMemberRepository members;

	private final MailOutbox outbox;

	private final MarkdownRenderer markdown;

	private final PortalBaseUrl baseUrl;

	private final Clock clock;

	ValidationService(OrganisationMemberRepository members, MailOutbox outbox, MarkdownRenderer markdown,
			PortalBaseUrl baseUrl, Clock clock) {
		this.members = members;
		this.outbox = outbox;
		this.markdown = markdown;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	/** The requests waiting, the oldest first. */
	@Transactional(readOnly = true)
	List<PendingRequest> pending() {
		return members.findPending().stream().map(this::pendingRequest).toList();
	}

	private PendingRequest pendingRequest(OrganisationMember request) {
		Organisation organisation = request.getOrganisation();
		Hibernate.initialize(organisation.getSectors());
		Hibernate.initialize(organisation.getTechnologyFields());
		return new PendingRequest(request, html(organisation.getDescription()),
				html(OrganisationTexts.chineseDescription(organisation)));
	}

	private String html(String description) {
		return (description != null) ? markdown.toHtml(description) : null;
	}

	/**
	 * Validates a request: a profile is published, a claim makes the member one of the
	 * organisation's representatives.
	 * @throws AlreadyDecidedException if it was decided meanwhile or is gone
	 */
	@Transactional
	void validate(long organisationId, long accountId, String editor) {
		OrganisationMember request = members.lock(organisationId, accountId).orElseThrow(AlreadyDecidedException::new);
		request.validate(editor, clock.instant());
		tell(request, (request.getKind() == MembershipKind.PROFILE) ? "organisation-validated" : "claim-validated",
				null);
	}

	/**
	 * Refuses a request with the reason the member reads.
	 * @throws AlreadyDecidedException if it was decided meanwhile or is gone
	 */
	@Transactional
	void refuse(long organisationId, long accountId, String reason, String editor) {
		OrganisationMember request = members.lock(organisationId, accountId).orElseThrow(AlreadyDecidedException::new);
		request.refuse(reason, editor, clock.instant());
		tell(request, (request.getKind() == MembershipKind.PROFILE) ? "organisation-refused" : "claim-refused", reason);
	}

	private void tell(OrganisationMember request, String kind, String reason) {
		Account member = request.getAccount();
		Organisation organisation = request.getOrganisation();
		Language language = member.getLanguage();
		Map<String, Object> variables = new HashMap<>();
		variables.put("memberName", member.getDisplayName());
		variables.put("organisationName", organisation.getName());
		variables.put("organisationUrl", baseUrl.url(language, "/organisations/" + organisation.getSlug()));
		variables.put("accountUrl", baseUrl.url(language, "/account/organisations"));
		variables.put("reason", reason);
		outbox.queue(member.getEmail(), language, kind, variables);
	}

}
