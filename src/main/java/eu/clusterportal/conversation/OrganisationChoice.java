package eu.clusterportal.conversation;

/** One of a member's validated organisations, which they may write for. */
public record OrganisationChoice(long id, String name) {

}
