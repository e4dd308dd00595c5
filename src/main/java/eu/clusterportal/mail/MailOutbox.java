package eu.clusterportal.mail;

import java.util.Map;

import eu.clusterportal.editorial.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every mail the portal sends starts: written, in its recipient's language, to the
 * outbox table in the transaction of the change that causes it, so that the two commit or
 * roll back together. A scheduled sender delivers it afterwards.
 */
@Component
public class MailOutbox {

	private final MailComposer composer;

	private final JdbcClient jdbc;

	MailOutbox(MailComposer composer, JdbcClient jdbc) {
		this.composer = composer;
		this.jdbc = jdbc;
	}

	/**
	 * Queues a mail written from the templates of its kind (see {@link MailComposer}).
	 * Must be called inside the transaction of the change the mail is about.
	 * @param kind the templates' name, e.g. {@code registration-confirmation}
	 * @param variables what the templates show
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, Language language, String kind, Map<String, Object> variables) {
		ComposedMail mail = composer.compose(kind, language, variables);
		jdbc.sql("""
				insert into outbox_mail (kind, recipient, language, subject, text_body, html_body)
				values (:kind, :recipient, :language, :subject, :text, :html)""")
			.param("kind", kind)
			.param("recipient", recipient)
			.param("language", language.tag())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.update();
	}

}
