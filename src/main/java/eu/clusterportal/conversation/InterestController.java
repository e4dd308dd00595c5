package eu.clusterportal.conversation;

import java.security.Principal;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.Dates;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Expressing interest in a partner request: a signed-in member writes to its poster. A
 * refused message comes back with the reason and the text as typed.
 */
@Controller
class InterestController {

	static final String VIEW = "conversation/interest";

	private final Conversations conversations;

	private final MessageTextCheck textCheck;

	private final Dates dates;

	InterestController(Conversations conversations, MessageTextCheck textCheck, Dates dates) {
		this.conversations = conversations;
		this.textCheck = textCheck;
		this.dates = dates;
	}

	@GetMapping("/cooperation/{id}/interest")
	String initInterestForm(@PathVariable long id, @ModelAttribute("form") MessageForm form, Principal member,
			Language language, Model model, HttpServletResponse response) {
		return page(id, member, language, model, response);
	}

	@PostMapping("/cooperation/{id}/interest")
	String processInterestForm(@PathVariable long id, @ModelAttribute("form") MessageForm form, BindingResult result,
			Principal member, Language language, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String page = page(id, member, language, model, response);
		if (model.containsAttribute("refusal")) {
			return page;
		}
		textCheck.check(form, result);
		if (!result.hasErrors()) {
			try {
				long conversation = conversations.expressInterest(member.getName(), id, form.getOrganisation(),
						form.getText());
				redirect.addFlashAttribute("notice", "conversation.notice.sent");
				return "redirect:/account/inbox/" + conversation;
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
		return page;
	}

	private String page(long id, Principal member, Language language, Model model, HttpServletResponse response) {
		model.addAttribute("requestId", id);
		model.addAttribute("maxLength", textCheck.maxLength());
		try {
			model.addAttribute("answer", conversations.interestPage(member.getName(), id, language));
		}
		catch (MessageRefusedException refused) {
			response.setStatus(refused.getStatus().value());
			model.addAttribute("refusal", refused.getMessageKey());
		}
		return VIEW;
	}

}
