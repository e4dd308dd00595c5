package eu.clusterportal.conversation;

import java.time.Instant;

/**
 * A conversation in a member's inbox: what request it is about, who the other side is,
 * its last message and how many messages the member has not read.
 */
public record InboxEntry(long id, RequestTitle request, Party other, String lastText, Instant lastAt, boolean lastMine,
		int unread) {

}
