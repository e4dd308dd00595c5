package eu.clusterportal.organisation;

import java.util.Locale;

/** What kind of body an organisation is; pages name each by its message key. */
public enum OrganisationType {

	GOVERNMENT_BODY, AGENCY, ASSOCIATION, CHAMBER_OF_COMMERCE, RESEARCH_ORGANISATION, UNIVERSITY, CLUSTER_ORGANISATION,
	COMPANY, OTHER;

	/** The key of the type's name in the message bundles. */
	public String messageKey() {
		return "organisation.type." + toParameter();
	}

	/** The type as URLs write it, e.g. {@code chamber-of-commerce}. */
	public String toParameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The type a URL names, or {@code null} when it names none. */
	public static OrganisationType fromParameter(String parameter) {
		for (OrganisationType type : values()) {
			if (type.toParameter().equals(parameter)) {
				return type;
			}
		}
		return null;
	}

}
