package eu.clusterportal.conversation;

import java.time.Instant;

/** A message of a conversation as one of its sides reads it. */
public record ThreadMessage(long id, boolean mine, String text, Instant at) {

}
