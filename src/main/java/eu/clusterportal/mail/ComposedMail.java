package eu.clusterportal.mail;

/**
 * A mail written out in its recipient's language: its subject, text part and HTML part.
 */
record ComposedMail(String subject, String text, String html) {

}
