package eu.clusterportal.mail.admin;

import java.security.Principal;
import java.util.Optional;

import eu.clusterportal.admin.RecordNotFoundException;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.OutboxMail;
import eu.clusterportal.mail.OutboxMails;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Editors read the mails the portal sends: where each stands and what it says. Without an
 * SMTP server this is where a newcomer reads them; a test mail checks the way out.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

	static final String LIST_VIEW = "admin/outbox/list";

	static final String MAIL_VIEW = "admin/outbox/mail";

	private static final int PAGE_SIZE = 20;

	private final OutboxMails mails;

	private final TestMail testMail;

	private final boolean smtpConfigured;

	OutboxAdminController(OutboxMails mails, TestMail testMail, Optional<JavaMailSender> smtp) {
		this.mails = mails;
		this.testMail = testMail;
		this.smtpConfigured = smtp.isPresent();
	}

	@GetMapping
	String list(@RequestParam(required = false) String page, Model model) {
		Page<OutboxMail> shown = mails.newestFirst(PageRequest.of(PageNumber.index(page), PAGE_SIZE));
		if (shown.getNumber() >= shown.getTotalPages() && shown.getTotalPages() > 0) {
			shown = mails.newestFirst(PageRequest.of(shown.getTotalPages() - 1, PAGE_SIZE));
		}
		model.addAttribute("mails", shown.getContent());
		model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/admin/outbox")));
		model.addAttribute("smtpConfigured", smtpConfigured);
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String mail(@PathVariable long id, Model model) {
		model.addAttribute("mailContent", mails.find(id).orElseThrow(RecordNotFoundException::new));
		return MAIL_VIEW;
	}

	/** Queues a test mail to the signed-in editor, in the language of the page. */
	@PostMapping("/test-mail")
	String sendTestMail(Principal editor, Language language, RedirectAttributes redirect) {
		testMail.sendTo(editor.getName(), language);
		redirect.addFlashAttribute("queuedTo", editor.getName());
		return "redirect:/admin/outbox";
	}

}
