package eu.clusterportal.mail;

import java.util.Map;
import java.util.Optional;

import eu.clusterportal.editorial.Language;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every mail the portal sends starts: written, in its recipient's language, to the
 * outbox table in the transaction of the change that causes it, so that the two commit or
 * roll back together. {@link OutboxSender} delivers it afterwards. Without an SMTP server
 * ({@code spring.mail.host}) each mail is logged once, when its transaction commits, so
 * that a newcomer can still follow a confirmation link.
 */
@Component
public class MailOutbox {

	private static final Log logger = LogFactory.getLog(MailOutbox.class);

	private final MailComposer composer;

	private final JdbcClient jdbc;

	private final boolean smtpConfigured;

	MailOutbox(MailComposer composer, JdbcClient jdbc, Optional<JavaMailSender> smtp) {
		this.composer = composer;
		this.jdbc = jdbc;
		this.smtpConfigured = smtp.isPresent();
	}

	/**
	 * Queues a mail written from the templates of its kind (see {@link MailComposer}).
	 * Must be called inside the transaction of the change the mail is about.
	 * @param kind the templates' name, e.g. {@code registration-confirmation}
	 * @param variables what the templates show
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, Language language, String kind, Map<String, Object> variables) {
		queue(recipient, language, kind, variables, null);
	}

	/**
	 * Queues a mail as {@link #queue(String, Language, String, Map)} does, one that its
	 * recipient can stop with one click (RFC 8058): the sender adds the headers
	 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}.
	 * @param unsubscribeUrl the absolute https or http address that a POST to
	 * unsubscribes, or {@code null} for none
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String recipient, Language language, String kind, Map<String, Object> variables,
			String unsubscribeUrl) {
		ComposedMail mail = composer.compose(kind, language, variables);
		long id = jdbc.sql("""
				insert into outbox_mail (kind, recipient, language, subject, text_body, html_body, list_unsubscribe)
				values (:kind, :recipient, :language, :subject, :text, :html, :unsubscribe)
				returning id""")
			.param("kind", kind)
			.param("unsubscribe", unsubscribeUrl)
			.param("recipient", recipient)
			.param("language", language.tag())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.query(Long.class)
			.single();
		if (!smtpConfigured) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					logger.info("No SMTP server is configured (spring.mail.host): mail " + id + " to " + recipient
							+ " stays in the outbox.\nSubject: " + mail.subject() + "\n\n" + mail.text());
				}
			});
		}
	}

}
