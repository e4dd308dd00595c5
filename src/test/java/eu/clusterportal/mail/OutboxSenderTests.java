package eu.clusterportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.MovableClock;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.editorial.Language;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's mails reach a real SMTP server (GreenMail, in the JVM) once each, in the
 * recipient's language, also when the server fails for a while and when two senders work
 * at the same time; without a server they wait and are logged once. The shared context
 * has no SMTP server, so the tests build their senders for GreenMail. Senders commit, so
 * the tables are restored after each test.
 */
@ExtendWith({ DatabaseSnapshot.class, OutputCaptureExtension.class })
@PortalIntegrationTest
class OutboxSenderTests {

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender portalsSender;

	@Autowired
	OutboxProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MovableClock clock;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aMailArrivesAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
		queue("ming@example.cn", Language.SIMPLIFIED_CHINESE);

		senderFor(smtpServer.getSmtp().getPort()).sendDue();

		MimeMessage[] received = smtpServer.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("欧盟—中国产业集群门户测试邮件");
		assertThat(mail.getFrom()).containsExactly(new InternetAddress("Cluster Portal <noreply@localhost>"));
		assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress("ming@example.cn"));
		assertThat(mail.getHeader("Content-Language")).containsExactly("zh-Hans");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("这是一封测试邮件。")
			.contains("http://localhost:8080/zh/");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("lang=\"zh-Hans\"").contains("这是一封测试邮件。");
		assertThat(
				jdbc.sql("select attempts from outbox_mail where sent_at is not null and recipient = 'ming@example.cn'")
					.query(Integer.class)
					.list())
			.containsExactly(1);
	}

	@Test
	void aMailThatTheServerCouldNotTakeIsTriedAgainLaterAndSentOnce() throws Exception {
		queue("anna@example.eu", Language.ENGLISH);
		JavaMailSenderImpl smtp = smtp(portNobodyListensOn());
		OutboxSender sender = sender(smtp);

		Instant firstAttempt = clock.instant();
		sender.sendDue();

		Map<String, Object> failing = jdbc.sql(
				"select attempts, last_error, next_attempt_at, sent_at from outbox_mail where recipient = 'anna@example.eu'")
			.query()
			.singleRow();
		assertThat(failing.get("attempts")).isEqualTo(1);
		assertThat(failing.get("sent_at")).isNull();
		assertThat((String) failing.get("last_error")).containsIgnoringCase("connect");
		assertThat(((java.sql.Timestamp) failing.get("next_attempt_at")).toInstant())
			.isBetween(firstAttempt.plus(OutboxSender.FIRST_RETRY), clock.instant().plus(OutboxSender.FIRST_RETRY));

		// the server is back, but the mail is not due yet
		smtp.setPort(smtpServer.getSmtp().getPort());
		sender.sendDue();
		assertThat(smtpServer.getReceivedMessages()).isEmpty();

		clock.moveOn(OutboxSender.FIRST_RETRY.plusSeconds(1));
		sender.sendDue();
		sender.sendDue();

		assertThat(smtpServer.getReceivedMessages()).hasSize(1);
		assertThat(
				jdbc.sql("select attempts from outbox_mail where sent_at is not null and recipient = 'anna@example.eu'")
					.query(Integer.class)
					.list())
			.containsExactly(2);
	}

	@Test
	void twoSendersAtTheSameTimeSendEachMailOnce() throws Exception {
		new TransactionTemplate(transactionManager).executeWithoutResult((status) -> {
			for (int i = 0; i < 50; i++) {
				outbox.queue("member" + i + "@example.eu", Language.ENGLISH, "outbox-test", Map.of());
			}
		});
		List<OutboxSender> senders = List.of(senderFor(smtpServer.getSmtp().getPort()),
				senderFor(smtpServer.getSmtp().getPort()));

		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> running = senders.stream().map((sender) -> CompletableFuture.runAsync(() -> {
			awaitQuietly(start);
			for (int round = 0; round < 5; round++) {
				sender.sendDue();
			}
		})).toList();
		start.countDown();
		CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get();

		List<String> recipients = Arrays.stream(smtpServer.getReceivedMessages())
			.map(OutboxSenderTests::recipient)
			.toList();
		assertThat(recipients).hasSize(50).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select count(*) from outbox_mail where sent_at is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void withoutAnSmtpServerAMailWaitsAndIsLoggedOnce(CapturedOutput output) {
		queue("newcomer@example.eu", Language.ENGLISH);

		portalsSender.sendDue();
		portalsSender.sendDue();

		assertThat(output.getOut().split("to newcomer@example.eu stays in the outbox", -1)).hasSize(2);
		assertThat(output.getOut()).contains("Subject: Test mail from the EU–China Cluster Portal")
			.contains("This is a test mail.");
		assertThat(
				jdbc.sql("select attempts from outbox_mail where sent_at is null and recipient = 'newcomer@example.eu'")
					.query(Integer.class)
					.list())
			.containsExactly(0);
	}

	@Test
	void aChangeThatIsRolledBackLeavesNoMail(CapturedOutput output) {
		new TransactionTemplate(transactionManager).executeWithoutResult((status) -> {
			outbox.queue("undone@example.eu", Language.ENGLISH, "outbox-test", Map.of());
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = 'undone@example.eu'")
			.query(Long.class)
			.single()).isZero();
		assertThat(output.getOut()).doesNotContain("undone@example.eu");
	}

	@Test
	void aMailIsOnlyQueuedWithTheChangeItIsAbout() {
		assertThatThrownBy(() -> outbox.queue("alone@example.eu", Language.ENGLISH, "outbox-test", Map.of()))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = 'alone@example.eu'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachFailureDoublesTheWaitUpToFourHours() {
		assertThat(List.of(1, 2, 3, 4, 8, 9, 40).stream().map(OutboxSender::waitAfter).toList()).containsExactly(
				Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
				Duration.ofMinutes(128), Duration.ofHours(4), Duration.ofHours(4));
	}

	private void queue(String recipient, Language language) {
		new TransactionTemplate(transactionManager)
			.executeWithoutResult((status) -> outbox.queue(recipient, language, "outbox-test", Map.of()));
	}

	private OutboxSender senderFor(int port) {
		return sender(smtp(port));
	}

	private OutboxSender sender(JavaMailSenderImpl smtp) {
		return new OutboxSender(Optional.of(smtp), properties, jdbc, transactionManager, clock);
	}

	private static JavaMailSenderImpl smtp(int port) {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("127.0.0.1");
		smtp.setPort(port);
		smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		smtp.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return smtp;
	}

	private static int portNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String recipient(MimeMessage mail) {
		try {
			return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
