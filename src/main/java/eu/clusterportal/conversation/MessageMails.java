package eu.clusterportal.conversation;

import java.util.HashMap;
import java.util.Map;

import eu.clusterportal.mail.MailOutbox;
import eu.clusterportal.web.PortalBaseUrl;
import org.springframework.stereotype.Component;

/**
 * Tells a member by mail, in their language, that a message reached their inbox: the
 * request's title, who wrote, the text and a link to the conversation; the writer's
 * address only when they shared it.
 */
@Component
class MessageMails {

	static final String INTEREST = "interest-received";

	static final String MESSAGE = "message-received";

	private final MailOutbox outbox;

	private final PortalBaseUrl baseUrl;

	MessageMails(MailOutbox outbox, PortalBaseUrl baseUrl) {
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	void queue(String kind, ConversationMember recipient, long conversationId, AnsweredRequest request, Party writer,
			String text) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("recipientName", recipient.name());
		variables.put("requestTitle",
				RequestTitle.of(request.id(), request.titleEn(), request.titleZh(), recipient.language()).text());
		variables.put("writerName", writer.name());
		variables.put("writerOrganisation", writer.organisation());
		variables.put("writerEmail", writer.email());
		variables.put("text", text);
		variables.put("threadUrl", baseUrl.url(recipient.language(), "/account/inbox/" + conversationId));
		outbox.queue(recipient.email(), recipient.language(), kind, variables);
	}

}
