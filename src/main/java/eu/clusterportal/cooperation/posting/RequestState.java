package eu.clusterportal.cooperation.posting;

import java.time.LocalDate;
import java.util.Locale;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.cooperation.PartnerRequestStatus;

/**
 * Where a request stands as its poster and the editors see it: open, closed (the deadline
 * passed or its poster closed it) or unpublished by the editors.
 */
public enum RequestState {

	OPEN, CLOSED, UNPUBLISHED;

	public static RequestState of(PartnerRequest request, LocalDate today) {
		if (request.getStatus() == PartnerRequestStatus.UNPUBLISHED) {
			return UNPUBLISHED;
		}
		return request.isOpenOn(today) ? OPEN : CLOSED;
	}

	/** As the editors' filter writes it, e.g. {@code open}. */
	public String toParameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The value a URL names, or {@code null} when it names none. */
	public static RequestState fromParameter(String parameter) {
		for (RequestState value : values()) {
			if (value.toParameter().equals(parameter)) {
				return value;
			}
		}
		return null;
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "cooperation.posting.state." + toParameter();
	}

}
