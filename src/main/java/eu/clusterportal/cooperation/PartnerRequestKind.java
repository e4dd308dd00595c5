package eu.clusterportal.cooperation;

import java.util.Locale;

/**
 * The kind of partner sought or offered; pages name each by its message key.
 */
public enum PartnerRequestKind {

	TECHNOLOGY_PARTNER, RESEARCH_PARTNER, DISTRIBUTOR_OR_AGENT, INVESTOR, SUPPLIER, CLUSTER_COOPERATION,
	EVENT_OR_CALL_PARTNER;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "cooperation.kind." + toParameter();
	}

	/** As URLs write it, e.g. {@code distributor-or-agent}. */
	public String toParameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The value a URL names, or {@code null} when it names none. */
	public static PartnerRequestKind fromParameter(String parameter) {
		for (PartnerRequestKind value : values()) {
			if (value.toParameter().equals(parameter)) {
				return value;
			}
		}
		return null;
	}

}
