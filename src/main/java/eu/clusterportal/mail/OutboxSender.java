package eu.clusterportal.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox's due mails over SMTP, when there is an SMTP server
 * ({@code spring.mail.host}); without one the mails stay in the outbox, where
 * {@link MailOutbox} logged them. Each mail is claimed, sent and marked sent in one
 * transaction that holds its row locked ({@code FOR UPDATE SKIP LOCKED}), so that several
 * instances never send the same mail; a crash after the SMTP server took it but before
 * the commit sends it once more (at least once). A failed attempt is counted, its error
 * kept, and the mail tried again later, waiting twice as long after each failure.
 */
@Component
class OutboxSender {

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_WAIT = Duration.ofHours(4);

	// How many mails one round sends at most, so that a round stays short.
	private static final int MAILS_PER_ROUND = 20;

	// The size of outbox_mail.last_error.
	private static final int ERROR_LENGTH = 1000;

	private static final String SEND_INTERVAL = "${portal.mail.send-interval}";

	private static final Log logger = LogFactory.getLog(OutboxSender.class);

	private final JavaMailSender smtp;

	private final InternetAddress from;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OutboxSender(Optional<JavaMailSender> smtp, OutboxProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.smtp = smtp.orElse(null);
		this.from = address(properties.from());
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	private static InternetAddress address(String from) {
		try {
			InternetAddress parsed = new InternetAddress(from, true);
			return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalStateException("portal.mail.from is not a mail address: " + from, ex);
		}
	}

	/**
	 * Sends the mails that are due, one after the other, until none is due, a round's
	 * share is sent or an attempt failed (the server may be down: the next round tries
	 * again).
	 */
	@Scheduled(initialDelayString = SEND_INTERVAL, fixedDelayString = SEND_INTERVAL)
	void sendDue() {
		if (smtp == null) {
			return;
		}
		try {
			for (int sent = 0; sent < MAILS_PER_ROUND; sent++) {
				if (transactions.execute((status) -> sendNext()) != Outcome.SENT) {
					return;
				}
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read the mail outbox, trying again later: " + ex);
		}
	}

	private Outcome sendNext() {
		Instant now = clock.instant();
		Optional<DueMail> due = jdbc.sql("""
				select id, recipient, language, subject, text_body, html_body, list_unsubscribe, attempts
				from outbox_mail
				where sent_at is null and next_attempt_at <= :now
				order by next_attempt_at, id
				limit 1
				for update skip locked""").param("now", Timestamp.from(now)).query(DueMail.class).optional();
		if (due.isEmpty()) {
			return Outcome.NONE_DUE;
		}
		DueMail mail = due.get();
		try {
			smtp.send(message(mail, now));
		}
		catch (MailException | MessagingException ex) {
			failed(mail, now, ex);
			return Outcome.FAILED;
		}
		jdbc.sql("update outbox_mail set sent_at = :now, attempts = attempts + 1, last_error = null where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", mail.id())
			.update();
		return Outcome.SENT;
	}

	/** Text and HTML as alternatives of one another, in UTF-8. */
	private MimeMessage message(DueMail mail, Instant now) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		message.setFrom(from);
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
		message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(Date.from(now));
		message.setHeader("Content-Language", mail.language());
		// RFC 3834: no out-of-office answers to a portal's notifications
		message.setHeader("Auto-Submitted", "auto-generated");
		if (mail.listUnsubscribe() != null) {
			// RFC 8058: mail programs offer one click that POSTs to the address, no page
			message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		MimeBodyPart text = new MimeBodyPart();
		text.setText(mail.textBody(), StandardCharsets.UTF_8.name());
		MimeBodyPart html = new MimeBodyPart();
		html.setText(mail.htmlBody(), StandardCharsets.UTF_8.name(), "html");
		MimeMultipart alternatives = new MimeMultipart("alternative");
		alternatives.addBodyPart(text);
		alternatives.addBodyPart(html);
		message.setContent(alternatives);
		return message;
	}

	private void failed(DueMail mail, Instant now, Exception ex) {
		int attempts = mail.attempts() + 1;
		Instant next = now.plus(waitAfter(attempts));
		String error = String.valueOf(ex.getMessage());
		jdbc.sql("""
				update outbox_mail set attempts = :attempts, last_error = :error, next_attempt_at = :next
				where id = :id""")
			.param("attempts", attempts)
			.param("error", error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error)
			.param("next", Timestamp.from(next))
			.param("id", mail.id())
			.update();
		logger.warn("Could not send mail " + mail.id() + " (attempt " + attempts + "), trying again at " + next + ": "
				+ error);
	}

	/**
	 * How long a mail waits after its n-th failed attempt: 1, 2, 4 … minutes, at most 4
	 * hours.
	 */
	static Duration waitAfter(int attempts) {
		int doublings = Math.min(attempts - 1, 16);
		Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private record DueMail(long id, String recipient, String language, String subject, String textBody, String htmlBody,
			String listUnsubscribe, int attempts) {
	}

	private enum Outcome {

		SENT, FAILED, NONE_DUE

	}

}
