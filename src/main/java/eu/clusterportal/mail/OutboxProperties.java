package eu.clusterportal.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for sending the outbox's mails; the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}, and {@code portal.mail.send-interval} how long the sender waits
 * between two rounds.
 *
 * @param from the sender of every mail, e.g. {@code Cluster Portal <noreply@example.eu>}
 */
@ConfigurationProperties("portal.mail")
public record OutboxProperties(@DefaultValue("Cluster Portal <noreply@localhost>") String from) {

}
