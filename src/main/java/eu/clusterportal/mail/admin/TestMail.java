package eu.clusterportal.mail.admin;

import java.util.Map;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.mail.MailOutbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A mail that only checks that the portal's mails reach their recipients. */
@Service
class TestMail {

	static final String KIND = "outbox-test";

	private final MailOutbox outbox;

	TestMail(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Transactional
	void sendTo(String recipient, Language language) {
		outbox.queue(recipient, language, KIND, Map.of());
	}

}
