package eu.clusterportal.account;

/**
 * What a signed-in person may do: editors maintain all content, admins also manage
 * accounts; members maintain only the profiles of their own organisations and never reach
 * the editors' pages.
 */
public enum Role {

	EDITOR, ADMIN, MEMBER

}
