package eu.clusterportal.mail;

/**
 * A mail of the outbox with what it says: its text part and its HTML part.
 */
public record OutboxMailContent(OutboxMail mail, String text, String html) {

}
