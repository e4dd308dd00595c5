package eu.clusterportal.matching;

import java.security.Principal;
import java.util.List;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestRepository;
import eu.clusterportal.cooperation.PartnerRequestStatus;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.organisation.membership.OrganisationMember;
import eu.clusterportal.organisation.membership.OrganisationMemberRepository;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members' matches: the organisations and clusters that fit one of their organisations'
 * requests, and the open requests that fit their organisations. Signed-in pages, so never
 * kept in the page cache.
 */
@Controller
class MatchesController {

	static final String REQUEST_VIEW = "matching/request";

	static final String MEMBER_VIEW = "matching/member";

	private final MatchFinder finder;

	private final PartnerRequestRepository requests;

	private final OrganisationMemberRepository memberships;

	private final AccountRepository accounts;

	MatchesController(MatchFinder finder, PartnerRequestRepository requests, OrganisationMemberRepository memberships,
			AccountRepository accounts) {
		this.finder = finder;
		this.requests = requests;
		this.memberships = memberships;
		this.accounts = accounts;
	}

	@GetMapping("/account/requests/{id}/matches")
	String requestMatches(@PathVariable long id, Principal principal, Language language, Model model) {
		PartnerRequest request = requests.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Account account = signedIn(principal);
		boolean represents = memberships.find(request.getOrganisation().getId(), account.getId())
			.filter(OrganisationMember::isValidated)
			.isPresent();
		// the same answer as for an unknown id, so that no member can tell which ids
		// exist
		if (!represents) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean published = request.getStatus() == PartnerRequestStatus.PUBLISHED;
		List<Match> matches = published ? finder.candidatesFor(id, request.getDirection(), language) : List.of();
		model.addAttribute("request", request);
		model.addAttribute("requestTitle", request.title(language));
		model.addAttribute("published", published);
		model.addAttribute("matches", matches);
		return REQUEST_VIEW;
	}

	@GetMapping("/account/matches")
	String memberMatches(Principal principal, Language language, Model model) {
		Account account = signedIn(principal);
		model.addAttribute("matches", finder.openRequestsFor(account.getId(), language));
		model.addAttribute("language", language);
		return MEMBER_VIEW;
	}

	private Account signedIn(Principal principal) {
		return accounts.findByEmail(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
