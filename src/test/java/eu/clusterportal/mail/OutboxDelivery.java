package eu.clusterportal.mail;

import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The portal's own sender pointed at a test's SMTP server (GreenMail in the JVM), for
 * tests outside this package: the shared context has no SMTP server, so its sender leaves
 * every mail in the outbox. Sending commits, so only for tests with
 * {@link eu.clusterportal.DatabaseSnapshot}.
 */
public final class OutboxDelivery {

	private final OutboxSender sender;

	public OutboxDelivery(int smtpPort, OutboxProperties properties, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(smtpPort);
		this.sender = new OutboxSender(Optional.of(smtp), properties, jdbc, transactions, clock);
	}

	/** Sends the mails that are due now, as one round of the portal's sender does. */
	public void deliverDue() {
		sender.sendDue();
	}

}
