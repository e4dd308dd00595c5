package eu.clusterportal.account;

/**
 * What a signed-in person may do: editors maintain all content, admins also manage
 * accounts.
 */
public enum Role {

	EDITOR, ADMIN

}
