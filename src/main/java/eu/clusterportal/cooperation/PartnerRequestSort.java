package eu.clusterportal.cooperation;

import java.util.Locale;

/**
 * The orders of the public list of partner requests: deadline soonest (the most recent
 * first among closed ones), newest, or by title in the page's language.
 */
public enum PartnerRequestSort {

	DEADLINE, NEWEST, TITLE;

	/** The order a URL names; anything else gives the deadline's. */
	public static PartnerRequestSort fromParameter(String parameter) {
		for (PartnerRequestSort value : values()) {
			if (value.toParameter().equals(parameter)) {
				return value;
			}
		}
		return DEADLINE;
	}

	public String toParameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
