package eu.clusterportal.cooperation;

import java.util.Locale;

/**
 * Whether an organisation seeks a partner or offers what others may seek; pages name each
 * by its message key.
 */
public enum PartnerRequestDirection {

	REQUEST, OFFER;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "cooperation.direction." + toParameter();
	}

	/** As URLs write it, e.g. {@code offer}. */
	public String toParameter() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The value a URL names, or {@code null} when it names none. */
	public static PartnerRequestDirection fromParameter(String parameter) {
		for (PartnerRequestDirection value : values()) {
			if (value.toParameter().equals(parameter)) {
				return value;
			}
		}
		return null;
	}

}
