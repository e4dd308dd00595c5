package eu.clusterportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.clusterportal.mail.OutboxDelivery;
import eu.clusterportal.mail.OutboxProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A person's way through the portal in the browser, with the mails the portal's sender
 * delivers to an SMTP server in the JVM (GreenMail), and what such journeys do on every
 * page: sign in and out, follow links, tick choices, check accessibility.
 */
abstract class JourneyBrowserTest extends BrowserTest {

	@RegisterExtension
	static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Axe AXE = Axe.load();

	@Autowired
	OutboxProperties outboxProperties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	private OutboxDelivery outbox;

	@BeforeEach
	void deliverTheOutboxToTheSmtpServer() {
		outbox = new OutboxDelivery(smtpServer.getSmtp().getPort(), outboxProperties, jdbc, transactions, clock);
	}

	/**
	 * What the SMTP server received for an address, after the outbox's due mails were
	 * sent.
	 */
	List<MimeMessage> received(String recipient) {
		outbox.deliverDue();
		return Arrays.asList(smtpServer.getReceivedMessagesForDomain(recipient));
	}

	/** Signs in on the sign-in page of a language ("" or "/zh"). */
	void signIn(String language, String email, String password) {
		open(language + "/login", 200);
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
	}

	void signOut() {
		clickAndWait(browser.findElement(By.cssSelector(".site-account form button[type=submit]")));
	}

	/**
	 * Follows a link of the page's main part by its text, and checks the page it opens.
	 */
	void follow(String text) {
		clickAndWait(browser.findElement(By.xpath("//main//a[normalize-space()='" + text + "']")));
		assertThat(heading()).as("the page of the link %s", text).isNotBlank();
	}

	/** Ticks a choice by clicking its label, as a person would. */
	void tick(String field, String value) {
		String id = browser.findElement(By.cssSelector("input[name=" + field + "][value='" + value + "']"))
			.getDomAttribute("id");
		browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	/** No violation of a WCAG 2.1 A or AA rule that axe-core can check on this page. */
	void assertAccessible() {
		assertThat(AXE.violations(browser)).as("axe-core's WCAG 2.1 AA violations on %s", browser.getCurrentUrl())
			.isEmpty();
	}

	String heading() {
		return browser.findElement(By.cssSelector("main h1")).getText();
	}

	String notice() {
		return browser.findElement(By.cssSelector("main [role=status]")).getText();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A mail's text part. */
	static String text(MimeMessage mail) throws IOException, MessagingException {
		return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
	}

}
