package eu.clusterportal.member.admin;

import eu.clusterportal.account.Account;
import eu.clusterportal.account.AccountRepository;
import eu.clusterportal.account.AccountSessions.AccessChanged;
import eu.clusterportal.account.Role;
import eu.clusterportal.web.TextParameter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' list of members, searchable by name and address, where they disable a
 * member (signed out at once, everywhere) or enable one again.
 */
@Controller
class MemberAdminController {

	static final String VIEW = "admin/members/list";

	private final MemberSummaries summaries;

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	MemberAdminController(MemberSummaries summaries, AccountRepository accounts, ApplicationEventPublisher events) {
		this.summaries = summaries;
		this.accounts = accounts;
		this.events = events;
	}

	@GetMapping("/admin/members")
	String list(@RequestParam(required = false) String q, Model model) {
		String query = TextParameter.canName(q) ? q.strip() : "";
		model.addAttribute("q", query);
		model.addAttribute("members", summaries.search(query));
		model.addAttribute("limit", MemberSummaries.LIMIT);
		return VIEW;
	}

	@PostMapping("/admin/members/{id}/enabled")
	@Transactional
	public String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		Account member = accounts.findById(id)
			.filter((account) -> account.getRole() == Role.MEMBER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (member.isEnabled() && !enabled) {
			events.publishEvent(new AccessChanged(member, false));
		}
		member.setEnabled(enabled);
		redirect.addFlashAttribute("notice", enabled ? "members.admin.enabled" : "members.admin.disabled");
		return "redirect:/admin/members";
	}

}
