package eu.clusterportal.organisation.membership.admin;

import eu.clusterportal.organisation.membership.MemberChangeRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What members changed in their organisations' profiles, public at once, for editors to
 * look over; an editor marks each seen.
 */
@Controller
@RequestMapping("/admin/member-changes")
class MemberChangesController {

	static final String VIEW = "admin/member-changes/list";

	private final MemberChangeRepository changes;

	MemberChangesController(MemberChangeRepository changes) {
		this.changes = changes;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("changes", changes.findUnseen());
		return VIEW;
	}

	@PostMapping("/{organisationId}/seen")
	String markSeen(@PathVariable long organisationId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				changes.markSeen(organisationId) ? "member-orgs.changes.seen" : "member-orgs.changes.seen-already");
		return "redirect:/admin/member-changes";
	}

}
