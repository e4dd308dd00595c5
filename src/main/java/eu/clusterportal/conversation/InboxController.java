package eu.clusterportal.conversation;

import java.security.Principal;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.Dates;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.web.TextCharacters;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A member's inbox: their conversations, a conversation with its reply form, sharing
 * their address, blocking the other side, the members they blocked, and reporting a
 * message to the editors.
 */
@Controller
@RequestMapping("/account/inbox")
class InboxController {

	static final String INBOX_VIEW = "conversation/inbox";

	static final String THREAD_VIEW = "conversation/thread";

	static final String BLOCKED_VIEW = "conversation/blocked";

	static final String REPORT_VIEW = "conversation/report";

	private final Conversations conversations;

	private final MessageTextCheck textCheck;

	private final Dates dates;

	InboxController(Conversations conversations, MessageTextCheck textCheck, Dates dates) {
		this.conversations = conversations;
		this.textCheck = textCheck;
		this.dates = dates;
	}

	@GetMapping
	String inbox(@RequestParam(required = false) String page, Principal member, Language language, Model model) {
		Conversations.Inbox inbox = conversations.inbox(member.getName(), PageNumber.index(page), language);
		model.addAttribute("inbox", inbox);
		model.addAttribute("pagination",
				Pagination.of(new PageImpl<>(inbox.entries(),
						PageRequest.of(inbox.pageIndex(), Conversations.PAGE_SIZE), inbox.totals().conversations()),
						UriComponentsBuilder.fromPath("/account/inbox")));
		return INBOX_VIEW;
	}

	@GetMapping("/{id}")
	String thread(@PathVariable long id, @ModelAttribute("form") MessageForm form, Principal member, Language language,
			Model model) {
		return threadPage(id, member, language, model);
	}

	@PostMapping("/{id}")
	String reply(@PathVariable long id, @ModelAttribute("form") MessageForm form, BindingResult result,
			Principal member, Language language, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		textCheck.check(form, result);
		if (!result.hasErrors()) {
			try {
				conversations.reply(member.getName(), id, form.getText());
				redirect.addFlashAttribute("notice", "conversation.notice.sent");
				return "redirect:/account/inbox/" + id;
			}
			catch (MessageRefusedException refused) {
				response.setStatus(refused.getStatus().value());
				result.reject(refused.getMessageKey());
			}
			catch (LimitReachedException limit) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				result.reject("conversation.limit", new Object[] { dates.time(limit.getWriteAgainAt()) }, null);
			}
		}
		return threadPage(id, member, language, model);
	}

	@PostMapping("/{id}/share")
	String shareEmail(@PathVariable long id, Principal member, RedirectAttributes redirect) {
		conversations.shareEmail(member.getName(), id);
		redirect.addFlashAttribute("notice", "conversation.notice.shared");
		return "redirect:/account/inbox/" + id;
	}

	@PostMapping("/{id}/block")
	String block(@PathVariable long id, Principal member, RedirectAttributes redirect) {
		conversations.blockOtherSide(member.getName(), id);
		redirect.addFlashAttribute("notice", "conversation.notice.blocked");
		return "redirect:/account/inbox/" + id;
	}

	@GetMapping("/blocked")
	String blocked(Principal member, Model model) {
		model.addAttribute("blocked", conversations.blocked(member.getName()));
		return BLOCKED_VIEW;
	}

	@PostMapping("/blocked/{accountId}/unblock")
	String unblock(@PathVariable long accountId, Principal member, RedirectAttributes redirect) {
		conversations.unblock(member.getName(), accountId);
		redirect.addFlashAttribute("notice", "conversation.notice.unblocked");
		return "redirect:/account/inbox/blocked";
	}

	@GetMapping("/{id}/messages/{messageId}/report")
	String initReportForm(@PathVariable long id, @PathVariable long messageId,
			@ModelAttribute("report") ReportForm report, Principal member, Model model) {
		return reportPage(id, messageId, member, model);
	}

	@PostMapping("/{id}/messages/{messageId}/report")
	String processReportForm(@PathVariable long id, @PathVariable long messageId,
			@Valid @ModelAttribute("report") ReportForm report, BindingResult result, Principal member, Model model,
			RedirectAttributes redirect) {
		String page = reportPage(id, messageId, member, model);
		if (!result.hasFieldErrors("reason") && !TextCharacters.isCleanText(report.getReason())) {
			result.rejectValue("reason", "conversation.text.control");
		}
		if (result.hasErrors()) {
			return page;
		}
		boolean reported = conversations.report(member.getName(), id, messageId, report.getReason().strip());
		redirect.addFlashAttribute("notice",
				reported ? "conversation.notice.reported" : "conversation.notice.already-reported");
		return "redirect:/account/inbox/" + id;
	}

	private String threadPage(long id, Principal member, Language language, Model model) {
		model.addAttribute("thread", conversations.read(member.getName(), id, language));
		model.addAttribute("maxLength", textCheck.maxLength());
		return THREAD_VIEW;
	}

	private String reportPage(long id, long messageId, Principal member, Model model) {
		model.addAttribute("conversationId", id);
		model.addAttribute("message", conversations.receivedMessage(member.getName(), id, messageId));
		return REPORT_VIEW;
	}

}
