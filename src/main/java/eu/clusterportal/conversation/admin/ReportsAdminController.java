package eu.clusterportal.conversation.admin;

import java.security.Principal;
import java.time.Clock;

import eu.clusterportal.conversation.MessageReports;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The messages members reported, newest first, for editors: each with its writer, linked
 * to the members list where the editor can disable them, and marked handled once dealt
 * with.
 */
@Controller
class ReportsAdminController {

	static final String VIEW = "admin/reports/list";

	private static final int PAGE_SIZE = 20;

	private final MessageReports reports;

	private final Clock clock;

	ReportsAdminController(MessageReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/admin/reports")
	String list(@RequestParam(required = false) String page, Model model) {
		long total = reports.count();
		int index = (int) Math.min(PageNumber.index(page), Math.max(0, (total - 1) / PAGE_SIZE));
		var rows = reports.page(index * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("reports", rows);
		model.addAttribute("pagination", Pagination.of(new PageImpl<>(rows, PageRequest.of(index, PAGE_SIZE), total),
				UriComponentsBuilder.fromPath("/admin/reports")));
		return VIEW;
	}

	@PostMapping("/admin/reports/{id}/handled")
	String markHandled(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
		reports.markHandled(id, editor.getName(), clock.instant());
		redirect.addFlashAttribute("notice", "admin.reports.handled-notice");
		return "redirect:/admin/reports";
	}

}
