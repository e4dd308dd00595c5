package eu.clusterportal.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in person may do: editors maintain all content, admins also manage
 * accounts; members maintain only the profiles of their own organisations and never reach
 * the editors' pages.
 */
public enum Role {

	EDITOR, ADMIN, MEMBER;

	/**
	 * The roles of the editorial team, which admins give; members register themselves.
	 */
	public static final Set<Role> STAFF = Collections.unmodifiableSet(EnumSet.of(EDITOR, ADMIN));

}
