package eu.clusterportal.conversation;

import eu.clusterportal.web.TextCharacters;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules for a message's text, next to its field: there is one, it is within the
 * configured size, and it holds no control characters but line breaks and tabs.
 */
@Component
class MessageTextCheck {

	private final ConversationProperties properties;

	MessageTextCheck(ConversationProperties properties) {
		this.properties = properties;
	}

	void check(MessageForm form, Errors errors) {
		String text = form.getText();
		if (text == null || text.isBlank()) {
			errors.rejectValue("text", "conversation.text.required");
		}
		else if (text.codePointCount(0, text.length()) > properties.maxMessageLength()) {
			errors.rejectValue("text", "conversation.text.too-long", new Object[] { properties.maxMessageLength() },
					null);
		}
		else if (!TextCharacters.isCleanText(text)) {
			errors.rejectValue("text", "conversation.text.control");
		}
	}

	int maxLength() {
		return properties.maxMessageLength();
	}

}
