package eu.clusterportal.conversation;

/**
 * The other side of a conversation as a member sees it: by name and organisation, with an
 * e-mail address only once that side chose to share it.
 *
 * @param name {@code null} when the member deleted their account
 * @param organisation the organisation they write for, or {@code null}
 * @param email their address if they shared it, else {@code null}
 */
public record Party(String name, String organisation, String email, State state) {

	static Party of(String name, String organisation, String email, boolean shares, Boolean enabled) {
		State state = (name == null) ? State.DELETED : (Boolean.TRUE.equals(enabled) ? State.ACTIVE : State.CLOSED);
		return new Party(name, organisation, (shares && state == State.ACTIVE) ? email : null, state);
	}

	public boolean canReceive() {
		return state == State.ACTIVE;
	}

	/** Whether they can still be written to, or left, or had their account closed. */
	public enum State {

		ACTIVE, CLOSED, DELETED

	}

}
