package eu.clusterportal.conversation;

import java.util.List;

/**
 * A conversation as one of its two sides reads it.
 *
 * @param me the reader's own side (their address shown to themselves only if shared)
 * @param sharing whether the reader shares their address with the other side
 * @param blocking whether the reader blocked the other side
 * @param refusal why the reader cannot reply, as a message key, or {@code null}
 */
public record ConversationThread(long id, RequestTitle request, Party me, Party other, boolean sharing,
		boolean blocking, String refusal, List<ThreadMessage> messages) {

	public boolean canReply() {
		return refusal == null;
	}

}
